/**
 * Step 02: known names in the text, longest first, in one pass over the
 * words. Three ways to match, tried in order: the exact key; the consonant
 * skeleton of a transliterated Syrian or Iraqi name ("Dayr az Zawr"); one
 * letter off a long name ("Srael", "CONICO"). Articles (al-, ad-, as-, …)
 * are skipped; capitals are required where a name could be a common word
 * ("US" not "us", "IS" not "is", "Hit" only mid-sentence).
 *
 * @example
 *   matchGazetteer(tokenize(text, …), text, gazetteer)
 *   // => [{ start: 0, end: 10, t0: 0, t1: 2, refs: [{ id: 'place:sy-07', … }], how: 'exact' }, …]
 */
import { ARTICLES, deletions, ENGLISH_ARTICLES, oneEditApart, skeleton, splitName, type Gazetteer, type NameRef, type NameTrie, type TrieNode } from '../../gazetteer/index.js';
import { Sep, type Token } from './01-tokens.js';

export interface NameMatch {
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  refs: NameRef[];
  how: 'exact' | 'skeleton' | 'typo';
}

/** Capital-letter words that are ordinary words when a text shouts. */
const SHOUTED = /^(?:IS|US|IT|WHO|AS|AT|AN|OR|IN|ON|NO|SO|DO|GO|ME|MY|BE|WE|HE|UP|AM|OK)$/;

/** May the next word continue a name: spaces or a hyphen between, no possessive. */
const joined = (a: Token) => a.sep !== Sep.Other;

/** May this article token be skipped before the name's next word? */
function skippable(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || !ARTICLES.has(t.key) || !joined(t)) return false;
  // "as", "at", "an" are English: an article only when hyphened to the name ("as-Suwayda")
  return !ENGLISH_ARTICLES.has(t.key) || t.sep === Sep.Hyphen;
}

function acceptable(ref: NameRef, tokens: readonly Token[], t0: number, t1: number, hadArticle: boolean, gaz: Gazetteer): boolean {
  const first = tokens[t0]!;
  if (ref.needsArticle && !hadArticle) return false;
  if (ref.acronym) {
    for (let k = t0; k < t1; k++) if (!tokens[k]!.upper && (t1 - t0 === 1 || !ARTICLES.has(tokens[k]!.key))) return false;
    // "it IS NOT a coincidence": a shouting neighbour makes a short acronym an ordinary word
    if (SHOUTED.test(first.text.replace(/\./g, ''))) {
      const near = [tokens[t0 - 1], tokens[t1]].filter((t): t is Token => !!t && t.sentence === first.sentence);
      if (near.some((t) => t.upper && t.text.length >= 2 && !gaz.exact.root.next?.has(t.key))) return false;
    }
    return true;
  }
  let h = t0;
  while (h < t1 - 1 && ARTICLES.has(tokens[h]!.key)) h++;
  const head = tokens[h]!;
  if (!head.cap && !ref.lower) return false;
  if (ref.common && head.initial) return false;
  return true;
}

interface Walk { end: number; refs: NameRef[]; hadArticle: boolean }

/** Longest acceptable name starting at token i in a trie keyed by `keyOf`. */
function walk(trie: NameTrie<NameRef>, tokens: readonly Token[], text: string, i: number, keyOf: (t: Token) => string, gaz: Gazetteer): Walk | null {
  let node: TrieNode<NameRef> | undefined = trie.root;
  let j = i;
  let hadArticle = false;
  let best: Walk | null = null;
  while (j < tokens.length) {
    if (skippable(text, tokens, j)) { if (j === i) hadArticle = true; j++; continue; }
    const tok = tokens[j]!;
    node = trie.step(node!, keyOf(tok));
    if (!node) break;
    j++;
    if (node.values) {
      const ok = node.values.filter((r) => acceptable(r, tokens, i, j, hadArticle, gaz));
      if (ok.length) best = { end: j, refs: ok, hadArticle };
    }
    if (!tokens[j] || !joined(tok)) break;
  }
  return best;
}

const skeletonOf = (t: Token) => skeleton(t.key);
const exactKey = (t: Token) => t.key;

const typoMemo = new WeakMap<Gazetteer, Map<string, NameRef[]>>();

/** A damaged long word: one letter added, dropped, changed or swapped. */
function typo(tok: Token, gaz: Gazetteer): NameRef[] {
  if (!tok.cap || tok.key.length < 5 || gaz.common.has(tok.key) || gaz.demonyms.has(tok.key)) return [];
  let memo = typoMemo.get(gaz);
  if (!memo) typoMemo.set(gaz, (memo = new Map()));
  const known = memo.get(tok.key);
  if (known) return known;
  const found = new Map<string, NameRef>();
  for (const d of [tok.key, ...deletions(tok.key)]) for (const r of gaz.typos.get(d) ?? []) if (oneEditApart(tok.key, splitName(r.alias)[0] ?? '')) found.set(r.id, r);
  const refs = found.size === 1 ? [...found.values()] : [];
  if (memo.size > 100_000) memo.clear();
  memo.set(tok.key, refs);
  return refs;
}

/** Every known name in the tokens, longest match first, no two overlapping. */
export function matchGazetteer(tokens: readonly Token[], text: string, gaz: Gazetteer): NameMatch[] {
  const out: NameMatch[] = [];
  let i = 0;
  const starts = gaz.exact.root.next;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    // most words start no name: one lookup decides
    if (!tok.cap && !starts?.has(tok.key) && !ARTICLES.has(tok.key)) { i++; continue; }
    const exact = walk(gaz.exact, tokens, text, i, exactKey, gaz);
    // a loose spelling only for a properly capitalised word that is not English
    const loose = tok.cap && !gaz.common.has(tok.key) && !gaz.demonyms.has(tok.key);
    const skel = loose && (!exact || ARTICLES.has(tok.key)) ? walk(gaz.skeletal, tokens, text, i, skeletonOf, gaz) : null;
    let hit: { end: number; refs: NameRef[]; how: NameMatch['how'] } | null = null;
    if (exact && (!skel || exact.end >= skel.end)) hit = { ...exact, how: 'exact' };
    else if (skel) hit = { ...skel, how: 'skeleton' };
    else if (loose) {
      const refs = typo(tok, gaz);
      if (refs.length) hit = { end: i + 1, refs, how: 'typo' };
    }
    if (!hit) { i++; continue; }
    const t0 = hit.refs.some((r) => r.needsArticle) || /^[ae]l$/.test(tok.key) ? i : firstWord(tokens, text, i);
    out.push({ start: tokens[t0]!.start, end: tokens[hit.end - 1]!.end, t0, t1: hit.end, refs: hit.refs, how: hit.how });
    i = hit.end;
  }
  return out;
}

/** The span starts at the name, not at an article before it ("As Suwayda" keeps it, "as-Suwayda" too; "ez Zor" …). */
function firstWord(tokens: readonly Token[], text: string, i: number): number {
  let j = i;
  while (j < tokens.length - 1 && skippable(text, tokens, j) && tokens[j]!.sep !== Sep.Hyphen) j++;
  return j;
}
