/**
 * Step 04: one entry for each known name. Most names have one; a name
 * that several entries share is settled by kind first (a country over a
 * town that shares its name, a curated entry over a generated one, Syria
 * and Iraq first), then, for places, by distance to the article's other,
 * unambiguous places, then by population.
 *
 * @example
 *   choosePlaces(matches, gaz)  // "Palmyra" beside "Homs" → place:palmyra (Syria), not Palmyra, New York
 */
import type { Gazetteer, GazetteerEntry, NameRef } from '../../gazetteer/index.js';
import type { NameMatch } from './02-gazetteer.js';
import { distanceKm } from '../../core/geo.js';

const IN_DEPTH = new Set(['SY', 'IQ']);

/** Rank of a candidate before geography: lower is better. */
function rank(e: GazetteerEntry, ref: NameRef): number {
  if (e.id.startsWith('country:')) return 0;
  if (e.type !== 'place') return ref.curated ? 1 : 2;
  if (ref.curated) return 3;
  return IN_DEPTH.has(e.country ?? '') ? 4 : 5;
}


/** What `choosePlaces` returns for a namesake of a local quarter ("the Salah al-Din district of Aleppo"). */
export const LOCAL = 'local';
/** A quarter lies within its city: a town of its name farther than this from the city it is said to be in is another place. */
const QUARTER_KM = 25;
/** A quarter whose city goes unnamed: a town of its name this far from every place the story names is another place. */
const FAR_KM = 300;

/**
 * The chosen entry id of each match, in order; `LOCAL` where the name is a
 * quarter of the story's city that shares its name with a town elsewhere
 * ("the al-Zahraa district" of Homs is not the town of al-Zahraa near Aleppo).
 * A far-off town of under a million people counts only where a place is
 * expected: "Lincoln" alone is a person; "in Lincoln" a town.
 */
export interface PlaceContext {
  /** Whether match i is called a district or neighbourhood ("the Salah al-Din district"). */
  quarter(i: number): boolean;
  /** The match naming the city a quarter is said to be in ("the al-Zahraa district of Homs"), or -1. */
  cityOf(i: number): number;
  /** Whether match i stands where a place is expected ("in …", "near …", "…, Texas"). */
  located(i: number): boolean;
}

const isCountry = (e: GazetteerEntry) => e.id.startsWith('country:');

const NO_CONTEXT: PlaceContext = { quarter: () => false, cityOf: () => -1, located: () => false };

export function choosePlaces(matches: readonly NameMatch[], gaz: Gazetteer, context: PlaceContext = NO_CONTEXT): string[] {
  const entriesOf = (m: NameMatch) => {
    // most names have one entry
    if (m.refs.length === 1) {
      const e = gaz.byId.get(m.refs[0]!.id);
      return e ? [{ e, ref: m.refs[0]! }] : [];
    }
    const seen = new Map<string, { e: GazetteerEntry; ref: NameRef }>();
    for (const ref of m.refs) { const e = gaz.byId.get(ref.id); if (e && !seen.has(e.id)) seen.set(e.id, { e, ref }); }
    return [...seen.values()].sort((x, y) => rank(x.e, x.ref) - rank(y.e, y.ref));
  };
  const cands = matches.map(entriesOf);
  // the article's unambiguous places anchor the others
  const anchors = cands.filter((c) => c.length === 1 && !c[0]!.ref.common && c[0]!.e.type === 'place' && !c[0]!.e.id.startsWith('country:') && c[0]!.e.lat !== undefined).map((c) => c[0]!.e as GazetteerEntry & { lat: number; lon: number });
  // distance to the story's other places (a place is no anchor for itself), worked out once per entry
  const distances = new Map<GazetteerEntry, number>();
  const near = (e: GazetteerEntry) => {
    if (e.lat === undefined) return Infinity;
    let best = distances.get(e);
    if (best !== undefined) return best;
    best = Infinity;
    for (const a of anchors) if (a.id !== e.id) best = Math.min(best, distanceKm(a, e as { lat: number; lon: number }));
    distances.set(e, best);
    return best;
  };
  return cands.map((c, i) => {
    if (context.quarter(i) && c.length && c.every((x) => x.e.type === 'place' && !isCountry(x.e))) {
      const city = cands[context.cityOf(i)]?.[0]?.e;
      const elsewhere = (e: GazetteerEntry) => (city?.lat !== undefined && e.lat !== undefined
        ? distanceKm(city as { lat: number; lon: number }, e as { lat: number; lon: number }) > QUARTER_KM
        : near(e) > FAR_KM && near(e) < Infinity);
      if (c.every((x) => elsewhere(x.e))) return LOCAL;
    }
    // a far-off town named by English words ("Old City", "Surprise") is the words, not the town
    // (a country is named with its capital: "troops left Mali", "Turkey said" are the countries)
    c = c.filter((x) => !x.ref.common || isCountry(x.e) || IN_DEPTH.has(x.e.country ?? '') || near(x.e) < 150);
    c = c.filter((x) => x.ref.curated || x.e.type !== 'place' || isCountry(x.e) || IN_DEPTH.has(x.e.country ?? '') || (x.e.population ?? 0) >= 1e6 || context.located(i) || near(x.e) < 150);
    if (c.length <= 1) return c[0]?.e.id ?? '';
    const best = rank(c[0]!.e, c[0]!.ref);
    const tied = c.filter((x) => rank(x.e, x.ref) === best);
    if (tied.length === 1 || !anchors.length) return [...tied].sort((x, y) => (y.e.population ?? 0) - (x.e.population ?? 0))[0]!.e.id;
    // within 300 km of the story, the larger town; otherwise the nearest
    return [...tied].sort((x, y) => {
      const dx = near(x.e), dy = near(y.e);
      if (dx < FAR_KM && dy < FAR_KM) return (y.e.population ?? 0) - (x.e.population ?? 0);
      return dx - dy;
    })[0]!.e.id;
  });
}
