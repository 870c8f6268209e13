/**
 * Stage 2, entities: every actor, person, place, facility and outlet named
 * in the article body, resolved across spellings, places geolocated.
 *
 * Steps, in order:
 *   01 tokens → 02 gazetteer (known names) → 03 names (new names) →
 *   04 places (one entry per name) → 05 phrases (use; "Syrian troops") →
 *   06 short forms ("Abu Samir") → 07 resolve (one entity per thing).
 *
 * @example
 *   const { entities, mentions } = findEntities(doc, segmentation);
 *   entities[0] // => { id: 'place:sy-07', name: 'Deir ez-Zor', type: 'place', geo: { lat: 35.34, lon: 40.14 }, country: 'SY', admin1: 'Deir ez-Zor', mentions: [...] }
 */
import type { Doc, Entity, EntityType } from '../../core/record.js';
import { loadGazetteer, type Gazetteer } from '../../gazetteer/index.js';
import type { Segmentation } from '../1-segment/index.js';
import { Sep, tokenize, type Token } from './01-tokens.js';
import { matchGazetteer, type NameMatch } from './02-gazetteer.js';
import { recogniseNames } from './03-names.js';
import { choosePlaces, LOCAL } from './04-places.js';
import { phrases, type Item } from './05-phrases.js';
import { shortForms } from './06-short-forms.js';
import { resolve } from './07-resolve.js';
import { newNameId, type Found, type NewName } from './found.js';
import { DIRECTIONS } from './lexicon.js';

/** One mention, in text order, for later stages to ask who is named where. */
export interface EntityMention {
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
}

export interface EntityFindings {
  entities: Entity[];
  /** Every mention of every entity, sorted by `start`. */
  mentions: EntityMention[];
  /** Entities that carry no arms: outlets, monitors, aid agencies, rights groups (see `UNARMED_KINDS`). */
  unarmed?: ReadonlySet<string>;
}

/** Gazetteer kinds of actor that report, count, heal or study a war but do not fight it. */
const UNARMED_KINDS = new Set(['monitor', 'ngo', 'humanitarian', 'civil defence', 'think tank']);

export interface FindEntitiesOptions {
  /** The gazetteer to match against; the bundled one by default. */
  gazetteer?: Gazetteer;
}

export function findEntities(doc: Doc, seg: Segmentation, options: FindEntitiesOptions = {}): EntityFindings {
  const gaz = options.gazetteer ?? loadGazetteer();
  const text = doc.text;
  const tokens = tokenize(text, seg.bodyEnd, seg.sentences);
  const matches = matchGazetteer(tokens, gaz);
  const recognised = recogniseNames(tokens, text, matches, gaz);
  const chosen = choosePlaces(matches, gaz, {
    quarter: (i) => isQuarter(tokens, matches[i]!.t0, matches[i]!.t1),
    cityOf: (i) => cityOfQuarter(tokens, matches, i),
    located: (i) => isLocated(text, tokens, matches[i]!.t0, matches[i]!.t1),
  });
  const items: Item[] = [];
  matches.forEach((m, i) => {
    if (recognised.absorbed.has(i) || !chosen[i]) return;
    if (chosen[i] === LOCAL) {
      // a quarter of the story's city: a new place, placed in the city's division below
      const name = text.slice(m.start, m.end);
      const id = newNameId('place', name);
      if (!recognised.names.some((n) => n.id === id)) recognised.names.push({ id, type: 'place', name });
      recognised.found.push({ start: m.start, end: m.end, id, kind: 'name' });
      return;
    }
    items.push({ start: m.start, end: m.end, t0: m.t0, t1: m.t1, id: chosen[i]! });
  });
  const found = [...phrases(tokens, text, items, gaz), ...recognised.found];
  found.push(...shortForms(tokens, text, recognised.names, found));
  const resolved = resolve(found, gaz);
  const names = locateNewPlaces(recognised.names, resolved.found, tokens, gaz);
  return assemble(text, resolved.found, names, gaz, resolved.types, resolved.names);
}

const QUARTERS = new Set(['district', 'districts', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'quarter', 'quarters']);

/** "the Salah al-Din district": a name called a quarter of a city ("the district of Aleppo" is the city's). */
function isQuarter(tokens: readonly Token[], _t0: number, t1: number): boolean {
  const after = tokens[t1];
  // a lower-case "district": "U.S. District Judge" names no quarter
  return !!after && !after.cap && QUARTERS.has(after.key);
}

/** "the al-Zahraa district of Homs", "the Jobar neighbourhood in Damascus": the match naming the quarter's city, or -1. */
function cityOfQuarter(tokens: readonly Token[], matches: readonly NameMatch[], i: number): number {
  let t = matches[i]!.t1 + 1;
  if (tokens[t]?.key !== 'of' && tokens[t]?.key !== 'in') return -1;
  t++;
  if (tokens[t]?.key === 'the') t++;
  const next = matches[i + 1];
  return next && next.t0 === t ? i + 1 : -1;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'inside', 'around', 'across', 'towards', 'toward', 'of', 'via', 'through', 'reached', 'entered', 'left']);

/** "in Kilis", "near Reyhanli", "in western Rafah", "Lincoln, Nebraska": a name where a place is expected. */
function isLocated(text: string, tokens: readonly Token[], t0: number, t1: number): boolean {
  const preposition = (t: Token | undefined) => !!t && PLACE_PREPOSITIONS.has(t.key) && t.sep === Sep.Space;
  const prev = tokens[t0 - 1];
  if (preposition(prev)) return true;
  // "in western Rafah"
  if (prev && !prev.cap && DIRECTIONS.has(prev.key) && prev.sep === Sep.Space && preposition(tokens[t0 - 2])) return true;
  const next = tokens[t1];
  return !!next && next.cap && /^,\s*$/.test(text.slice(tokens[t1 - 1]!.end, next.start));
}

/**
 * A village the gazetteer lacks takes the division of the known place
 * named nearest to it in the same sentence: "Deir al-Adas … in the Daraa
 * governorate" → Daraa.
 */
function locateNewPlaces(names: readonly NewName[], found: readonly Found[], tokens: readonly Token[], gaz: Gazetteer): NewName[] {
  if (!names.some((n) => n.type === 'place')) return [...names];
  const sentenceAt = (offset: number) => {
    let lo = 0, hi = tokens.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (tokens[mid]!.start <= offset) lo = mid; else hi = mid - 1; }
    return tokens[lo]?.sentence ?? -1;
  };
  // the known places with a division, by sentence: a new place looks only at its own sentence's
  const known = new Map<number, { at: number; admin1: string; country: string }[]>();
  for (const f of found) {
    const e = f.kind === 'name' || f.kind === 'capital' ? gaz.byId.get(f.id) : undefined;
    if (!e?.admin1 || !e.country) continue;
    const s = sentenceAt(f.start);
    (known.get(s) ?? known.set(s, []).get(s)!).push({ at: f.start, admin1: e.admin1, country: e.country });
  }
  return names.map((n) => {
    if (n.type !== 'place') return n;
    let best: { d: number; admin1: string; country: string } | undefined;
    for (const m of found) {
      if (m.id !== n.id) continue;
      for (const k of known.get(sentenceAt(m.start)) ?? []) {
        const d = Math.abs(k.at - m.start);
        if (!best || d < best.d) best = { d, admin1: k.admin1, country: k.country };
      }
    }
    // fields copied one by one: a spread that adds properties is slow in V8
    return best ? { id: n.id, type: n.type, name: n.name, country: best.country, admin1: best.admin1 } : n;
  });
}

function assemble(text: string, found: readonly Found[], newNames: readonly NewName[], gaz: Gazetteer, types: Map<string, EntityType>, names: Map<string, string>): EntityFindings {
  const fresh = new Map(newNames.map((n) => [n.id, n]));
  const byId = new Map<string, Entity>();
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: EntityMention[] = [];
  for (const f of sorted) {
    let e = byId.get(f.id);
    if (!e) {
      const made = makeEntity(f.id, gaz, fresh.get(f.id), types.get(f.id), names.get(f.id));
      if (!made) continue;
      byId.set(f.id, (e = made));
    }
    if (e.mentions.some((m) => m.start === f.start && m.end === f.end)) continue;
    e.mentions.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end) });
    mentions.push({ entityId: e.id, type: e.type, start: f.start, end: f.end });
  }
  const unarmed = new Set<string>();
  for (const e of byId.values()) {
    const attrs = gaz.byId.get(e.id)?.attrs;
    // a UN agency (UNICEF, the WFP) carries no arms either
    if (e.type === 'media' || UNARMED_KINDS.has(attrs?.kind ?? '') || attrs?.parent === 'actor:un') unarmed.add(e.id);
  }
  return { entities: [...byId.values()], mentions, unarmed };
}

function makeEntity(id: string, gaz: Gazetteer, fresh: NewName | undefined, type: EntityType | undefined, name: string | undefined): Entity | null {
  if (fresh) {
    // assigned, not spread in: a spread that adds properties is slow in V8
    const e: Entity = { id, name: fresh.name, type: fresh.type, mentions: [] };
    if (fresh.country) e.country = fresh.country;
    if (fresh.admin1) e.admin1 = fresh.admin1;
    return e;
  }
  const entry = gaz.byId.get(id);
  if (!entry && !name) return null;
  const t = type ?? entry?.type ?? 'actor';
  const e: Entity = { id, name: name ?? entry!.name, type: t, mentions: [] };
  if (entry && (t === 'place' || t === 'facility')) {
    if (entry.lat !== undefined && entry.lon !== undefined) e.geo = { lat: entry.lat, lon: entry.lon };
    if (entry.country) e.country = entry.country;
    if (entry.admin1) e.admin1 = entry.admin1;
  }
  return e;
}
