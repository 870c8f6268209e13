/**
 * Step 3: one ledger event per happening. Reports join an event when the
 * type is the same, the dates are within a window, and the places are the
 * same or near (or, where a place is unknown, the actor or target is the
 * same). Reports from one document never merge: stage 4 already made one
 * event per happening inside a document.
 *
 * @example
 *   cluster(sightings, { days: 3, km: 50 }) // => groups of sightings
 */
import { distanceKm } from '../../core/geo.js';
import type { Sighting } from './02-reports.js';

export interface ClusterOptions {
  /** Most days between two reports' dates. */
  days: number;
  /** Most kilometres between two reports' places. */
  km: number;
}

export const DEFAULT_CLUSTER: ClusterOptions = { days: 3, km: 50 };

const DAY = 86_400_000;
const dayOf = (d: string | null) => (d ? Date.parse(`${d}T00:00:00Z`) / DAY : null);


function samePlace(a: Sighting, b: Sighting, km: number): boolean | null {
  if (!a.place || !b.place) return null;
  if (a.place.id === b.place.id) return true;
  if (a.place.lat !== null && a.place.lon !== null && b.place.lat !== null && b.place.lon !== null) {
    return distanceKm(a.place as { lat: number; lon: number }, b.place as { lat: number; lon: number }) <= km;
  }
  return false;
}

function fits(s: Sighting, member: Sighting, o: ClusterOptions): boolean {
  if (s.type !== member.type || s.report.docId === member.report.docId) return false;
  const d1 = dayOf(s.report.date);
  const d2 = dayOf(member.report.date);
  if (d1 === null || d2 === null || Math.abs(d1 - d2) > o.days) return false;
  const place = samePlace(s, member, o.km);
  if (place !== null) return place;
  const shared = (x: string | null, y: string | null) => x !== null && x === y;
  return shared(s.report.actor, member.report.actor) || shared(s.report.target, member.report.target);
}

/**
 * Groups sightings into happenings; sightings are visited in date order, so
 * the result is stable. A sighting must fit a group's first report (its
 * anchor), not merely any member: chaining through members would let a
 * busy province's reports drift into one group spanning weeks.
 */
export function cluster(sightings: Sighting[], o: ClusterOptions = DEFAULT_CLUSTER): Sighting[][] {
  const sorted = [...sightings].sort((a, b) => (a.report.date ?? '').localeCompare(b.report.date ?? '') || a.report.docId.localeCompare(b.report.docId) || a.report.seq - b.report.seq);
  const groups: Sighting[][] = [];
  const open: Sighting[][] = []; // groups whose last date is still within the window
  for (const s of sorted) {
    const day = dayOf(s.report.date);
    const group = day === null ? undefined : open.find((g) => !g.some((m) => m.report.docId === s.report.docId) && fits(s, g[0]!, o));
    if (group) group.push(s);
    else {
      const g = [s];
      groups.push(g);
      if (day !== null) open.push(g);
    }
    // Forget groups that can no longer take a report (dates are visited in order).
    for (let i = open.length - 1; i >= 0; i--) {
      const anchor = dayOf(open[i]![0]!.report.date);
      if (day !== null && anchor !== null && day - anchor > o.days) open.splice(i, 1);
    }
  }
  return groups;
}
