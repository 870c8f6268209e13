/**
 * Step 03: names that are not in the gazetteer, typed by the words around
 * them, and only when those words say what they are (a capitalised word
 * alone proves nothing):
 *
 * - a person after a title ("Colonel Rami Saleh"), before an apposition
 *   ("Khaled Abu Samir, the head of …"), after one ("the group's spokesman,
 *   Nour Haddad,") or next to a speech verb ("… said");
 * - an organisation or outlet by its head noun ("… Brigade", "… News");
 * - a place by the noun before it ("the town of Kafr Nabl"), a word of
 *   location ("near Tarmiyah", "north of Kafr Zita"), its first word
 *   ("Deir al-Adas", "Ras al-Ain") or its last ("Sadr City");
 * - a place's council ("Deir Ezzor military council" → Deir ez-Zor Military Council);
 * - a place name run into an outlet's name ("Iraq News").
 *
 * @example
 *   recogniseNames(tokens, text, matches, gaz)
 *   // => { names: [{ id: 'person:nour-haddad', type: 'person', name: 'Nour Haddad' }], found: [...], absorbed: Set {…} }
 */
import type { EntityType } from '../../core/record.js';
import { nameKeys, type Gazetteer, type GazetteerEntry } from '../../gazetteer/index.js';
import { Sep, type Token } from './01-tokens.js';
import type { NameMatch } from './02-gazetteer.js';
import { newNameId, type Found, type NewName } from './found.js';
import { AGENT_NOUNS, FACILITY_HEADS, FUNCTION_WORDS, GENERIC_ORG, GROUP_ADJECTIVES, MEDIA_HEADS, NOT_PERSON, ORG_HEADS, PLACE_HEADS, PLACE_NOUNS, ROLES, SPEECH, TITLES } from './lexicon.js';
import { reusable } from '../../core/reusable.js';

export interface Recognised {
  names: NewName[];
  found: Found[];
  /** Indices of gazetteer matches that turned out to be part of a longer new name. */
  absorbed: Set<number>;
}

const CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'du', 'la', 'le', 'of', 'for']);
/** Capitalised nouns that make a place of the name before them. */
const PLACE_SUFFIXES = new Set(['city', 'camp', 'district', 'quarter', 'square']);
/** Lower-case nouns for a country's first-level divisions, after their name ("state" says too little: "the Jewish state"). */
const DIVISION_NOUNS = new Set(['region', 'province', 'governorate', 'oblast', 'prefecture']);
/** English adjectives before such a noun name no division: "the Western region", "the Autonomous region". */
const ADJECTIVE_ENDING = /(?:ern|ous|al|ish|ic|ian|ese|ive)$/;
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts']);
const COUNCIL_KINDS = new Set(['military', 'civil', 'local', 'revolutionary', 'executive', 'legislative', 'provincial']);

/** Whether a name's last words are another name's words: "Khaled Abu Samir" ends with "Abu Samir". */
function endsWith(full: readonly string[], short: readonly string[]): boolean {
  return short.length < full.length && short.every((k, i) => full[full.length - short.length + i] === k);
}

/** Words of a facility's kind before its noun: "the Ghazlani military base". */
const FACILITY_KINDS = new Set(['military', 'air', 'oil', 'gas', 'border', 'naval', 'power', 'army']);
/** Heads that make "Syria Army", "Russia Defense Ministry" a state's own forces. */
const STATE_HEADS = new Set(['ministry', 'command', 'corps', 'guard', 'guards']);

/** Words that start no name: the two lists in one set, one lookup for each word of every capitalised run. */
const ORDINARY: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...GROUP_ADJECTIVES]);

const ORDINARY_OF = new WeakMap<Gazetteer, ReadonlySet<string>>();

/** ORDINARY and the gazetteer's demonyms in one set, made once per gazetteer: one lookup per word, not two. */
function ordinaryWords(gaz: Gazetteer): ReadonlySet<string> {
  let words = ORDINARY_OF.get(gaz);
  if (!words) ORDINARY_OF.set(gaz, (words = new Set([...ORDINARY, ...gaz.demonyms.keys()])));
  return words;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** The first of a match's entries that is a place. */
function placeOf(m: NameMatch, gaz: Gazetteer): GazetteerEntry | undefined {
  for (const r of m.refs) {
    const e = gaz.byId.get(r.id);
    if (e?.type === 'place') return e;
  }
  return undefined;
}

/** Which gazetteer match covers each word, -1 for none. */
const coverFor = reusable((n) => new Int32Array(n));

export function recogniseNames(tokens: readonly Token[], text: string, matches: readonly NameMatch[], gaz: Gazetteer): Recognised {
  const names = new Map<string, NewName>();
  const found: Found[] = [];
  const absorbed = new Set<number>();
  const cover = coverFor(tokens.length, -1);
  matches.forEach((m, mi) => { for (let t = m.t0; t < m.t1; t++) cover[t] = mi; });
  const coveredBy = (t: number) => cover[t] ?? -1;
  const joined = (a: number, b: number) => b === a + 1 && !!tokens[b] && tokens[a]!.sep !== Sep.Other;
  /** The last word of the last place named after "villages of …", for the list that may follow. */
  let lastPlaceOf = -10;
  const ordinaryWord = ordinaryWords(gaz);
  const ordinary = (k: string) => ordinaryWord.has(k);
  /** The people named so far, in order, with their names' keys split once. */
  const people: { id: string; keys: readonly string[] }[] = [];
  const add = (type: EntityType, name: string, start: number, end: number) => {
    // "Abu Samir said" after "Khaled Abu Samir, the head": the person met before
    const keys = type === 'person' ? nameKeys(name) : [];
    const earlier = type === 'person' ? people.find((p) => endsWith(p.keys, keys)) : undefined;
    const id = earlier?.id ?? newNameId(type, name);
    if (!names.has(id)) {
      names.set(id, { id, type, name });
      if (type === 'person') people.push({ id, keys });
    }
    found.push({ start, end, id, kind: earlier ? 'short' : 'name' });
  };

  // a place's council, and a place name that begins an outlet's or organisation's name
  matches.forEach((m, mi) => {
    const place = placeOf(m, gaz);
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
    // "Syria Army", "Russia Defense Ministry" are the state's own forces, read in step 05
    if (place.id.startsWith('country:') && head && (AGENT_NOUNS.has(head.key) || STATE_HEADS.has(head.key))) return;
    if (j > m.t1 && head && (MEDIA_HEADS.has(head.key) || ORG_HEADS.has(head.key))) {
      add(MEDIA_HEADS.has(head.key) ? 'media' : 'actor', text.slice(m.start, head.end), m.start, head.end);
      absorbed.add(mi);
    }
  });

  // "Turki al-Maliki" is not "Nouri al-Maliki": a known person's surname after another given name is someone else.
  // (Not at a sentence's start, where the capital says nothing: "Meanwhile Maliki said".)
  matches.forEach((m, mi) => {
    const person = m.refs.length ? gaz.byId.get(m.refs[0]!.id) : undefined;
    const given = tokens[m.t0 - 1];
    if (person?.type !== 'person' || !given || !given.cap || given.initial || given.upper || !joined(m.t0 - 1, m.t0) || coveredBy(m.t0 - 1) >= 0) return;
    if (ordinary(given.key) || TITLES.has(given.key) || ROLES.has(given.key) || nameKeys(person.name).includes(given.key)) return;
    // "Secretary of State Rex Tillerson", "Minister of Interior Ali Said": the end of a title, not a given name
    if (tokens[m.t0 - 2]?.key === 'of') return;
    add('person', text.slice(given.start, m.end), given.start, m.end);
    absorbed.add(mi);
    cover[m.t0 - 1] = mi;
  });

  // "Sadr City", "Yarmouk Camp": a known name before a capitalised place noun names a place, not the person or group
  matches.forEach((m, mi) => {
    const t = tokens[m.t1];
    if (!t || !t.cap || coveredBy(m.t1) >= 0 || !joined(m.t1 - 1, m.t1) || !PLACE_SUFFIXES.has(t.key)) return;
    if (m.refs.some((r) => gaz.byId.get(r.id)?.type === 'place')) return;
    add('place', text.slice(m.start, t.end), m.start, t.end);
    absorbed.add(mi);
    cover[m.t1] = mi;
  });

  // "Kafr Halab", "Deir Hafer": a place head before a known word is a new village, not that word's place
  matches.forEach((m, mi) => {
    const h = tokens[m.t0 - 1];
    if (!h || !h.cap || h.initial || coveredBy(m.t0 - 1) >= 0 || !PLACE_HEADS.has(h.key) || !joined(m.t0 - 1, m.t0)) return;
    if (!placeOf(m, gaz)) return;
    add('place', text.slice(h.start, m.end), h.start, m.end);
    absorbed.add(mi);
    cover[m.t0 - 1] = mi;
  });

  // runs of capitalised words outside known names
  const glued = (t: number) => t > 0 && (tokens[t - 1]!.sep === Sep.Hyphen || text[tokens[t]!.start - 1] === '/');
  let i = 0;
  while (i < tokens.length) {
    // "US-Backed Forces" is a description of someone, not a name
    if (!tokens[i]!.cap || coveredBy(i) >= 0 || glued(i) || (tokens[i]!.upper && tokens[i]!.text.length <= 2)) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length && coveredBy(j) < 0 && joined(j - 1, j) && (tokens[j]!.cap || (CONNECTORS.has(tokens[j]!.key) && tokens[j + 1]?.cap))) j++;
    classify(i, j);
    i = j;
  }

  function classify(from: number, to: number): void {
    let a = from;
    let b = to;
    let titled = false;
    // leading sentence words, numbers and titles are not part of the name ("The", "General", "58")
    for (; a < b; a++) {
      const k = tokens[a]!.key;
      const title = TITLES.has(k);
      if (!title && !ordinary(k) && !isDigit(k.charCodeAt(0))) break;
      if (title) titled = true;
    }
    // connectors hang on the name's inside only ("Mohammad al" is not a name)
    while (b > a && CONNECTORS.has(tokens[b - 1]!.key)) b--;
    const run = tokens.slice(a, b);
    if (!run.length) return;
    const start = run[0]!.start, end = run[run.length - 1]!.end;
    // "the town of Kafr Nabl", "the villages of Qabasin and Bzaah", "Deir al-Adas": places, even of one word
    const listed = (tokens[a - 1]?.key === 'and' || tokens[a - 1]?.key === 'or' || text[tokens[a - 1]?.end ?? 0] === ',') && lastPlaceOf >= a - 3;
    // "near Tarmiyah", "north of Kafr Zita": a short run after a word of location is a place
    const located = b - a <= 3 && (tokens[a - 1]?.key === 'near' || (tokens[a - 1]?.key === 'of' && COMPASS.has(tokens[a - 2]?.key ?? '')));
    const of = (tokens[a - 1]?.key === 'of' && PLACE_NOUNS.has(tokens[a - 2]?.key ?? '')) || listed || located;
    if (of) lastPlaceOf = b - 1;
    // "the Ghazlani military base": a facility by the lower-case noun after it
    const f = tokens[b];
    if (f && !f.cap && run.length && (FACILITY_HEADS.has(f.key) || (FACILITY_HEADS.has(tokens[b + 1]?.key ?? '') && !tokens[b + 1]!.cap && FACILITY_KINDS.has(f.key))) && !of) {
      const last = FACILITY_HEADS.has(f.key) ? f : tokens[b + 1]!;
      return add('facility', text.slice(run[0]!.start, last.end), run[0]!.start, last.end);
    }
    // ("Tell You About" in a title-case headline is words, not a hill: a place head takes a name, not function words)
    const headed = run.length >= 2 && PLACE_HEADS.has(run[0]!.key) && !run.slice(1).some((t) => FUNCTION_WORDS.has(t.key));
    // "the Sagaing region", "Tigray province": a short name before a lower-case word for a country's division
    const division = run.length <= 3 && !!f && !f.cap && DIVISION_NOUNS.has(f.key) && joined(b - 1, b) && !/[-‐]/.test(text.slice(start, end))
      && !run.some((t) => FUNCTION_WORDS.has(t.key) || ADJECTIVE_ENDING.test(t.key) || gaz.common.has(t.key));
    if (!run.some((t) => t.upper || /\d/.test(t.text)) && (of || headed || division)) return add('place', text.slice(start, end), start, end);
    if (run.length < 2) return;
    const head = run[run.length - 1]!;
    // "Media Center" is generic; "VERY HAPPY TODAY" is shouting, not an outlet
    const generic = (run.length === 2 && GENERIC_ORG.has(run[0]!.key)) || run.every((t) => t.upper);
    if (MEDIA_HEADS.has(head.key)) return generic ? undefined : add('media', text.slice(start, end), start, end);
    if (ORG_HEADS.has(head.key)) return generic ? undefined : add('actor', text.slice(start, end), start, end);
    person(a, b, titled);
  }

  /** A person's name: two to four plain words, typed by a title, an apposition or a speech verb. */
  function person(a: number, b: number, titled: boolean): void {
    // "Media Activist Wael Mohammed", "Prime Minister Qadri Jamil": the name follows the last title
    for (let k = b - 3; k >= a; k--) if (TITLES.has(tokens[k]!.key)) { a = k + 1; titled = true; break; }
    // "Sergey Rudskoy Chief": a title after the name is not part of it
    let e = b;
    while (e - a > 2 && TITLES.has(tokens[e - 1]!.key)) e--;
    const run = tokens.slice(a, e);
    if (run.length < 2 || run.length > 4 || run.some((t) => t.upper || t.key.length < 2 || /\d/.test(t.text) || FUNCTION_WORDS.has(t.key) || ORG_HEADS.has(t.key) || NOT_PERSON.has(t.key))) return;
    // "Stephen E. Smith" is cut off at the initial: not a name to keep
    if (run[run.length - 1]!.key.length <= 2) return;
    const before = tokens[a - 1];
    if (before && TITLES.has(before.key) && before.sentence === run[0]!.sentence) titled = true;
    if (titled || apposition(b) || afterRole(a) || saying(a, b) || knownAs(a)) add('person', text.slice(run[0]!.start, run[run.length - 1]!.end), run[0]!.start, run[run.length - 1]!.end);
  }

  /** ", the commander of …", ", a Syria expert": a role noun within four words after a comma. */
  function apposition(to: number): boolean {
    const next = tokens[to];
    if (!next || !/^\s*,\s*$/.test(text.slice(tokens[to - 1]!.end, next.start))) return false;
    for (let k = to; k < Math.min(tokens.length, to + 4); k++) if (ROLES.has(tokens[k]!.key)) return true;
    return false;
  }

  /** "a spokesman for the council, Nour Haddad,": a role noun within six words before the comma that opens the name. */
  function afterRole(from: number): boolean {
    const prev = tokens[from - 1];
    if (!prev || !/^\s*,\s*$/.test(text.slice(prev.end, tokens[from]!.start))) return false;
    for (let k = from - 1; k >= Math.max(0, from - 6) && tokens[k]!.sentence === tokens[from]!.sentence; k--) if (ROLES.has(tokens[k]!.key)) return true;
    return false;
  }

  /** "the commander, known as Abu Yasser al-Issawi": a name given to someone a role noun shortly before describes. */
  function knownAs(from: number): boolean {
    const prev = tokens[from - 1];
    const by = prev?.key === 'as' && tokens[from - 2]?.key === 'known' ? from - 2 : prev && (prev.key === 'nicknamed' || prev.key === 'dubbed') ? from - 1 : -1;
    if (by < 0) return false;
    for (let k = by - 1; k >= Math.max(0, by - 8) && tokens[k]!.sentence === tokens[from]!.sentence; k--) if (ROLES.has(tokens[k]!.key) || TITLES.has(tokens[k]!.key)) return true;
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
