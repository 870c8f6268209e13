/**
 * Step 03: names that are not in the gazetteer, typed by the words around
 * them, and only when those words say what they are (a capitalised word
 * alone proves nothing):
 *
 * - a person after a title ("General Valery Asapov"), before an apposition
 *   ("Ahmed Abu Khawla, the commander of …") or a speech verb ("… said");
 * - an organisation or outlet by its head noun ("… Brigade", "… News");
 * - a place by the noun before it ("the town of Kafr Nabl") or its first word ("Deir al-Adas", "Ras al-Ain");
 * - a place's council ("Deir Ezzor military council" → Deir ez-Zor Military Council);
 * - a place name run into an outlet's name ("Iraq News").
 *
 * @example
 *   recogniseNames(tokens, text, matches, gaz)
 *   // => { names: [{ id: 'person:bouthaina-shaaban', type: 'person', name: 'Bouthaina Shaaban' }], found: [...], absorbed: Set {…} }
 */
import type { EntityType } from '../../core/record.js';
import type { Gazetteer } from '../../gazetteer/index.js';
import { Sep, type Token } from './01-tokens.js';
import type { NameMatch } from './02-gazetteer.js';
import { newNameId, type Found, type NewName } from './found.js';
import { FUNCTION_WORDS, GROUP_ADJECTIVES, MEDIA_HEADS, ORG_HEADS, PLACE_HEADS, PLACE_NOUNS, ROLES, SPEECH, TITLES } from './lexicon.js';

export interface Recognised {
  names: NewName[];
  found: Found[];
  /** Indices of gazetteer matches that turned out to be part of a longer new name. */
  absorbed: Set<number>;
}

const CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'du', 'la', 'le', 'of', 'for']);
const COUNCIL_KINDS = new Set(['military', 'civil', 'local', 'revolutionary', 'executive', 'legislative', 'provincial']);

const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

export function recogniseNames(tokens: readonly Token[], text: string, matches: readonly NameMatch[], gaz: Gazetteer): Recognised {
  const names = new Map<string, NewName>();
  const found: Found[] = [];
  const absorbed = new Set<number>();
  const cover = new Int32Array(tokens.length).fill(-1);
  matches.forEach((m, mi) => { for (let t = m.t0; t < m.t1; t++) cover[t] = mi; });
  const coveredBy = (t: number) => cover[t] ?? -1;
  const joined = (a: number, b: number) => b === a + 1 && !!tokens[b] && tokens[a]!.sep !== Sep.Other;
  const ordinary = (k: string) => FUNCTION_WORDS.has(k) || GROUP_ADJECTIVES.has(k) || gaz.demonyms.has(k);
  const add = (type: EntityType, name: string, start: number, end: number) => {
    const id = newNameId(type, name);
    if (!names.has(id)) names.set(id, { id, type, name });
    found.push({ start, end, id, kind: 'name' });
  };

  // a place's council, and a place name that begins an outlet's or organisation's name
  matches.forEach((m, mi) => {
    const place = m.refs.map((r) => gaz.byId.get(r.id)).find((e) => e && (e.type === 'place'));
    if (!place) return;
    const a = tokens[m.t1], b = tokens[m.t1 + 1];
    if (a && b && joined(m.t1 - 1, m.t1) && joined(m.t1, m.t1 + 1) && COUNCIL_KINDS.has(a.key) && b.key === 'council' && coveredBy(m.t1) < 0) {
      add('actor', `${place.name} ${titleCase(a.text.toLowerCase())} Council`, m.start, b.end);
      absorbed.add(mi);
      return;
    }
    // "Iraq News", not "US-Backed Forces"
    if (!tokens[m.t1] || !/^[ \t]+$/.test(text.slice(m.end, tokens[m.t1]!.start))) return;
    let j = m.t1;
    while (j < tokens.length && j < m.t1 + 3 && coveredBy(j) < 0 && tokens[j]!.cap && !ordinary(tokens[j]!.key) && joined(j - 1, j)) j++;
    const head = tokens[j - 1];
    if (j > m.t1 && head && (MEDIA_HEADS.has(head.key) || ORG_HEADS.has(head.key))) {
      add(MEDIA_HEADS.has(head.key) ? 'media' : 'actor', text.slice(m.start, head.end), m.start, head.end);
      absorbed.add(mi);
    }
  });

  // runs of capitalised words outside known names
  let i = 0;
  while (i < tokens.length) {
    const glued = i > 0 && (tokens[i - 1]!.sep === Sep.Hyphen || text[tokens[i]!.start - 1] === '/');
    // "US-Backed Forces" is a description of someone, not a name
    if (coveredBy(i) >= 0 || !tokens[i]!.cap || glued || (tokens[i]!.upper && tokens[i]!.text.length <= 2)) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length && coveredBy(j) < 0 && joined(j - 1, j) && (tokens[j]!.cap || (CONNECTORS.has(tokens[j]!.key) && tokens[j + 1]?.cap))) j++;
    classify(i, j);
    i = j;
  }

  function classify(from: number, to: number): void {
    let a = from;
    let titled = false;
    // leading sentence words and titles are not part of the name ("The", "General")
    while (a < to && (ordinary(tokens[a]!.key) || TITLES.has(tokens[a]!.key))) {
      if (TITLES.has(tokens[a]!.key)) titled = true;
      a++;
    }
    const run = tokens.slice(a, to);
    // "the town of Kafr Nabl", "Deir al-Adas": places, even of one word after "town of"
    const of = tokens[a - 1]?.key === 'of' && PLACE_NOUNS.has(tokens[a - 2]?.key ?? '');
    if (run.length && !run.some((t) => t.upper || /\d/.test(t.text)) && (of || (run.length >= 2 && PLACE_HEADS.has(run[0]!.key)))) {
      return add('place', text.slice(run[0]!.start, run[run.length - 1]!.end), run[0]!.start, run[run.length - 1]!.end);
    }
    if (to - a < 2) return;
    const head = run[run.length - 1]!;
    const start = run[0]!.start, end = head.end;
    if (MEDIA_HEADS.has(head.key)) return add('media', text.slice(start, end), start, end);
    if (ORG_HEADS.has(head.key)) return add('actor', text.slice(start, end), start, end);
    if (run.length > 4 || run.some((t) => t.upper || /\d/.test(t.text) || FUNCTION_WORDS.has(t.key) || ORG_HEADS.has(t.key))) return;
    const before = tokens[a - 1];
    if (before && TITLES.has(before.key) && before.sentence === run[0]!.sentence) titled = true;
    if (titled || apposition(to) || saying(a, to)) add('person', text.slice(start, end), start, end);
  }

  /** ", the commander of …", ", a Syria expert": a role noun within four words after a comma. */
  function apposition(to: number): boolean {
    const next = tokens[to];
    if (!next || !/^\s*,\s*$/.test(text.slice(tokens[to - 1]!.end, next.start))) return false;
    for (let k = to; k < Math.min(tokens.length, to + 4); k++) if (ROLES.has(tokens[k]!.key)) return true;
    return false;
  }

  /** "… said", "said …", "…, he said" does not count: the verb must touch the name. */
  function saying(from: number, to: number): boolean {
    const next = tokens[to];
    if (next && SPEECH.has(next.key) && /^\s*$/.test(text.slice(tokens[to - 1]!.end, next.start))) return true;
    const prev = tokens[from - 1];
    return !!prev && (prev.key === 'said' || prev.key === 'says') && /^\s*$/.test(text.slice(prev.end, tokens[from]!.start));
  }

  return { names: [...names.values()], found, absorbed };
}
