/**
 * Step 02: known names in the text, longest first, in one pass over the
 * words. Three ways to match, tried in order: the exact key; the consonant
 * skeleton of a transliterated Syrian or Iraqi name ("Dayr az Zawr"); one
 * letter off a long name ("Damscus", "Aleppoo"). Articles (al-, ad-, as-, …)
 * are skipped; capitals are required where a name could be a common word
 * ("US" not "us", "IS" not "is", "Hit" only mid-sentence).
 *
 * @example
 *   matchGazetteer(tokenize(text, …), gazetteer)
 *   // => [{ start: 0, end: 10, t0: 0, t1: 2, refs: [{ id: 'place:sy-07', … }], how: 'exact' }, …]
 */
import { ARTICLES, deletions, ENGLISH_ARTICLES, oneEditApart, skeleton, nameKeys, type Gazetteer, type NameRef, type TrieNode } from '../../gazetteer/index.js';
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

/**
 * What matching needs to know of one distinct word, worked out the first
 * time the word is seen and kept for the gazetteer's lifetime: one lookup
 * per word of text instead of one per question.
 */
interface Lex {
  /** The exact trie's node after this word, when a name starts with it. */
  start: TrieNode<NameRef> | undefined;
  /** An Arabic article; `english` when it is also an English word ("as", "at"). */
  article: boolean;
  english: boolean;
  /** An English word close to a name, or a demonym: no loose spelling for it. */
  strict: boolean;
  /** Its consonant skeleton, and the skeleton trie's node after it. */
  skel: string;
  skelStart: TrieNode<NameRef> | undefined;
  /** Names this word is the possessive of, its apostrophe lost ("Russias"). */
  stem: NameRef[];
  /** Names one letter away, worked out on first need. */
  typo?: NameRef[];
}

const LEXICONS = new WeakMap<Gazetteer, Map<string, Lex>>();
/** A lower-case word that starts no name. */
const PLAIN: Lex = { start: undefined, article: false, english: false, strict: true, skel: '', skelStart: undefined, stem: [], typo: [] };
const MAX_WORDS = 200_000;

function lexiconOf(gaz: Gazetteer): Map<string, Lex> {
  let lexicon = LEXICONS.get(gaz);
  if (!lexicon) LEXICONS.set(gaz, (lexicon = new Map()));
  return lexicon;
}

const SHAPES = new WeakMap<Gazetteer, Uint32Array>();

/**
 * The shapes of the lower-case words that may start a name: for each ASCII
 * first letter, one bit per length (31 for any longer). Most lower-case
 * words are ruled out by their shape, without hashing them for the set.
 */
function lowerStartShapes(gaz: Gazetteer): Uint32Array {
  let shapes = SHAPES.get(gaz);
  if (!shapes) {
    shapes = new Uint32Array(128);
    for (const k of gaz.lowerStarts) {
      const c = k.charCodeAt(0);
      // a word that starts outside ASCII (none do: keys are ASCII) would need every word looked up
      if (!(c < 128)) shapes.fill(0xffffffff);
      else shapes[c]! |= 1 << Math.min(k.length, 31);
    }
    SHAPES.set(gaz, shapes);
  }
  return shapes;
}

/** Whether a lower-case word may start a name. */
function startsLower(gaz: Gazetteer, shapes: Uint32Array, key: string): boolean {
  const c = key.charCodeAt(0);
  return (!(c < 128) || (shapes[c]! & (1 << Math.min(key.length, 31))) !== 0) && gaz.lowerStarts.has(key);
}

function newLex(gaz: Gazetteer, lexicon: Map<string, Lex>, key: string): Lex {
  const skel = skeleton(key);
  const lex: Lex = {
    start: gaz.exact.root.next?.get(key),
    article: ARTICLES.has(key),
    english: ENGLISH_ARTICLES.has(key),
    strict: gaz.common.has(key) || gaz.demonyms.has(key),
    skel,
    skelStart: gaz.skeletal.root.next?.get(skel),
    stem: key.length >= 5 && key.endsWith('s') ? gaz.exact.root.next?.get(key.slice(0, -1))?.values ?? [] : [],
  };
  if (lexicon.size > MAX_WORDS) lexicon.clear();
  lexicon.set(key, lex);
  return lex;
}

/** The words of a text with their records. */
interface Words {
  tokens: readonly Token[];
  lex: Lex[];
  gaz: Gazetteer;
}

/** May this article be skipped before the name's next word? "as", "at", "an" only when hyphened ("as-Suwayda"). */
function skippable(w: Words, i: number): boolean {
  const t = w.tokens[i]!;
  const l = w.lex[i]!;
  return l.article && i + 1 < w.tokens.length && joined(t) && (!l.english || t.sep === Sep.Hyphen);
}

function acceptable(ref: NameRef, w: Words, t0: number, t1: number, hadArticle: boolean): boolean {
  const tokens = w.tokens;
  const first = tokens[t0]!;
  if (ref.needsArticle && !hadArticle) return false;
  if (ref.acronym) {
    for (let k = t0; k < t1; k++) if (!tokens[k]!.upper && (t1 - t0 === 1 || !w.lex[k]!.article)) return false;
    // "it IS NOT a coincidence": a shouting neighbour makes a short acronym an ordinary word
    if (SHOUTED.test(first.text.replace(/\./g, ''))) {
      const near = [t0 - 1, t1].filter((k) => tokens[k] && tokens[k]!.sentence === first.sentence);
      if (near.some((k) => tokens[k]!.upper && tokens[k]!.text.length >= 2 && !w.lex[k]!.start)) return false;
    }
    return true;
  }
  let h = t0;
  while (h < t1 - 1 && w.lex[h]!.article) h++;
  const head = tokens[h]!;
  if (!head.cap && !ref.lower) return false;
  if (ref.common && head.initial) return false;
  return true;
}

interface Walk { end: number; refs: NameRef[]; hadArticle: boolean }

/** "People's Protection Units": a possessive and one space, inside a name the trie knows, joins its words. */
const possessiveInName = (tok: Token, next: Token) => tok.poss && next.start - tok.end <= 3 && next.sentence === tok.sentence;

/** Longest acceptable name starting at word i, in the exact trie or (`loose`) the skeleton trie. */
function walk(w: Words, i: number, loose: boolean): Walk | null {
  const { tokens, lex } = w;
  let node: TrieNode<NameRef> | undefined;
  let j = i;
  let hadArticle = false;
  let best: Walk | null = null;
  while (j < tokens.length) {
    if (skippable(w, j)) { if (j === i) hadArticle = true; j++; continue; }
    const tok = tokens[j]!;
    // a loose spelling holds only for capitalised words: "The crew" is not "Thi Qar"
    if (loose && !tok.cap) break;
    const l = lex[j]!;
    node = node ? node.next?.get(loose ? l.skel : tok.key) : loose ? l.skelStart : l.start;
    if (!node) break;
    j++;
    if (node.values) {
      const ok = node.values.filter((r) => acceptable(r, w, i, j, hadArticle));
      if (ok.length) best = { end: j, refs: ok, hadArticle };
    }
    if (!tokens[j] || !(joined(tok) || possessiveInName(tok, tokens[j]!))) break;
  }
  return best;
}

/** A damaged long word: one letter added, dropped, changed or swapped. */
function typo(w: Words, i: number): NameRef[] {
  const tok = w.tokens[i]!;
  const l = w.lex[i]!;
  if (tok.key.length < 5) return [];
  if (l.typo) return l.typo;
  const found = new Map<string, NameRef>();
  for (const d of [tok.key, ...deletions(tok.key)]) for (const r of w.gaz.typos.get(d) ?? []) if (oneEditApart(tok.key, nameKeys(r.alias)[0] ?? '')) found.set(r.id, r);
  return (l.typo = found.size === 1 ? [...found.values()] : []);
}

/** A word standing alone among lower-case words: a typo may be forgiven there, not inside someone's name ("Susan Rice"). */
function isolated(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1], next = tokens[i + 1];
  const nameLike = (t: Token | undefined) => !!t && (t.cap || t.key === 'bin' || t.key === 'al' || t.key === 'abu');
  return !(prev && prev.sep !== Sep.Other && nameLike(prev)) && !(tokens[i]!.sep !== Sep.Other && nameLike(next));
}

/** Every known name in the tokens, longest match first, no two overlapping. */
export function matchGazetteer(tokens: readonly Token[], gaz: Gazetteer): NameMatch[] {
  const lexicon = lexiconOf(gaz);
  // a lower-case word that starts no name needs no record: most words, looked up in a small set only
  const shapes = lowerStartShapes(gaz);
  const lex = tokens.map((t) => (t.cap || startsLower(gaz, shapes, t.key) ? lexicon.get(t.key) ?? newLex(gaz, lexicon, t.key) : PLAIN));
  const w: Words = { tokens, lex, gaz };
  const out: NameMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    const l = w.lex[i]!;
    // most words start no name
    if (!tok.cap && !l.start && !l.article) { i++; continue; }
    const exact = walk(w, i, false);
    // a loose spelling only for a capitalised word that is not English
    const loose = tok.cap && !l.strict;
    const skel = loose && (!exact || l.article) ? walk(w, i, true) : null;
    let hit: { end: number; refs: NameRef[]; how: NameMatch['how'] } | null = null;
    // fields copied one by one: a spread that adds a property is slow in V8
    if (exact && (!skel || exact.end >= skel.end)) hit = { end: exact.end, refs: exact.refs, how: 'exact' };
    else if (skel) hit = { end: skel.end, refs: skel.refs, how: 'skeleton' };
    else if (tok.cap && l.stem.length) {
      // "Russias Defense Ministry", "Syrias' oil": a possessive whose apostrophe was lost or misplaced
      const refs = l.stem.filter((r) => acceptable(r, w, i, i + 1, false));
      if (refs.length) { hit = { end: i + 1, refs, how: 'exact' }; tok.poss = true; }
    }
    if (!hit && loose && isolated(tokens, i)) {
      const refs = typo(w, i);
      if (refs.length) hit = { end: i + 1, refs, how: 'typo' };
    }
    // a lone word that is only a generated town's name, or a loose spelling, beside another capitalised word is
    // someone's name ("Hassan Abboud", "Suleiman Youssef", "Elizabeth Hoff")
    if (hit && hit.end === i + 1 && (hit.how !== 'exact' || hit.refs.every((r) => !r.curated)) && !isolated(tokens, i)) hit = null;
    if (!hit) { i++; continue; }
    const t0 = hit.refs.some((r) => r.needsArticle) || /^[ae]l$/.test(tok.key) ? i : firstWord(w, i);
    out.push({ start: tokens[t0]!.start, end: tokens[hit.end - 1]!.end, t0, t1: hit.end, refs: hit.refs, how: hit.how });
    i = hit.end;
  }
  return out.some((m) => m.how === 'typo') ? withoutStrayTypos(out, gaz) : out;
}

/**
 * A place's name one letter off is that place only in a story set in its country: in a report from
 * Ethiopia, "Amhara" is not the Syrian town of al-Ashara. States, groups and outlets are not tied to one.
 */
function withoutStrayTypos(matches: NameMatch[], gaz: Gazetteer): NameMatch[] {
  const countryOf = (r: NameRef) => {
    const e = gaz.byId.get(r.id);
    return e && (e.type === 'place' || e.type === 'facility') ? e.country : undefined;
  };
  const named = new Set<string>();
  for (const m of matches) if (m.how !== 'typo') for (const r of m.refs) { const c = countryOf(r); if (c) named.add(c); }
  return matches.filter((m) => m.how !== 'typo' || m.refs.every((r) => { const c = countryOf(r); return !c || r.id.startsWith('country:') || named.has(c); }));
}

/** The span starts at the name, not at a free-standing article before it ("ez Zor"); "al-" and "as-" stay. */
function firstWord(w: Words, i: number): number {
  let j = i;
  while (j < w.tokens.length - 1 && skippable(w, j) && w.tokens[j]!.sep !== Sep.Hyphen) j++;
  return j;
}
