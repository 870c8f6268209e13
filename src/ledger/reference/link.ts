/**
 * Checks the ledger against a reference dataset, as FA-KES was labelled by
 * hand: each ledger event is linked to the nearest reference event within
 * a date window and a distance, and each report of it is compared on toll,
 * date, place and actors. Results roll up per article and per outlet.
 *
 * @example
 *   const check = checkAgainstReference(ledger.events, reference, { days: 3, km: 50 });
 *   check.outlets // => [{ outlet: 'reuters', linked: 12, toll: { agree: 9, disagree: 3 }, … }]
 */
import { distanceKm } from '../../core/geo.js';
import type { LedgerEvent, Report } from '../types.js';
import type { ReferenceEvent } from './types.js';

export interface LinkOptions {
  days: number;
  km: number;
}

type Verdict = 'agree' | 'disagree' | 'unknown';
export const ASPECTS = ['toll', 'date', 'place', 'actors'] as const;
type Aspect = (typeof ASPECTS)[number];

export interface ReportCheck {
  docId: string;
  outlet: string;
  event: string;
  reference: string;
  verdicts: Record<Aspect, Verdict>;
}

export type Tally = Record<Aspect, Record<Verdict, number>> & { linked: number };

const DAY = 86_400_000;
const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;

const STOP = new Set(['the', 'of', 'government', 'forces', 'force', 'army', 'troops', 'group', 'state', 'actor', 'place', 'person', 'and']);
/** Content words of an actor's name, with demonyms cut to their country ("syrian" → "syri"). */
const words = (s: string) =>
  new Set(s.toLowerCase().replace(/^[a-z]+:/, '').split(/[^a-z]+/).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/(ian|an|n)$/, '').slice(0, 5)));

function actorsAgree(r: Report, ref: ReferenceEvent): Verdict {
  const mine = [r.actor, r.target].filter((x): x is string => x !== null).map(words);
  if (!mine.length) return 'unknown';
  const sides = [words(ref.sideA), words(ref.sideB)];
  return mine.some((m) => sides.some((s) => [...m].some((w) => s.has(w)))) ? 'agree' : 'disagree';
}

function placeOf(ev: LedgerEvent) {
  return ev.place && ev.place.lat !== null && ev.place.lon !== null ? { lat: ev.place.lat, lon: ev.place.lon } : null;
}

/** The nearest reference event in time and space, or null. */
export function linkEvent(ev: LedgerEvent, reference: ReferenceEvent[], o: LinkOptions): ReferenceEvent | null {
  if (!ev.dateFirst) return null;
  const d = day(ev.dateFirst);
  const here = placeOf(ev);
  let best: { ref: ReferenceEvent; score: number } | null = null;
  for (const ref of reference) {
    const gap = d < day(ref.dateStart) ? day(ref.dateStart) - d : Math.max(0, d - day(ref.dateEnd));
    if (gap > o.days) continue;
    let km = o.km;
    if (here && ref.lat !== null && ref.lon !== null) km = distanceKm(here, { lat: ref.lat, lon: ref.lon });
    else if (!(ev.place?.admin1 && ref.admin1 && ev.place.admin1.toLowerCase() === ref.admin1.toLowerCase())) continue;
    if (km > o.km) continue;
    const score = gap + km / o.km;
    if (!best || score < best.score) best = { ref, score };
  }
  return best?.ref ?? null;
}

function judge(r: Report, ev: LedgerEvent, ref: ReferenceEvent, o: LinkOptions): Record<Aspect, Verdict> {
  const toll: Verdict = r.killed === null || ref.best === null ? 'unknown'
    : r.killed >= (ref.low ?? ref.best) && r.killed <= (ref.high ?? ref.best) ? 'agree' : 'disagree';
  const date: Verdict = r.date === null ? 'unknown' : day(r.date) >= day(ref.dateStart) - 1 && day(r.date) <= day(ref.dateEnd) + 1 ? 'agree' : 'disagree';
  const here = placeOf(ev);
  const place: Verdict = here && ref.lat !== null && ref.lon !== null ? (distanceKm(here, { lat: ref.lat, lon: ref.lon }) <= o.km ? 'agree' : 'disagree')
    : ev.place?.admin1 && ref.admin1 ? (ev.place.admin1.toLowerCase() === ref.admin1.toLowerCase() ? 'agree' : 'disagree') : 'unknown';
  return { toll, date, place, actors: actorsAgree(r, ref) };
}

const emptyTally = (): Tally => ({ linked: 0, ...Object.fromEntries(ASPECTS.map((a) => [a, { agree: 0, disagree: 0, unknown: 0 }])) } as Tally);

export function checkAgainstReference(events: LedgerEvent[], reference: ReferenceEvent[], o: LinkOptions) {
  const reports: ReportCheck[] = [];
  for (const ev of events) {
    const ref = linkEvent(ev, reference, o);
    if (!ref) continue;
    for (const r of ev.reports) reports.push({ docId: r.docId, outlet: r.outlet, event: ev.id, reference: `${ref.dataset}:${ref.id}`, verdicts: judge(r, ev, ref, o) });
  }
  const roll = (key: (c: ReportCheck) => string) => {
    const by = new Map<string, Tally>();
    for (const c of reports) {
      const t = by.get(key(c)) ?? emptyTally();
      t.linked++;
      for (const a of ASPECTS) t[a][c.verdicts[a]]++;
      by.set(key(c), t);
    }
    return [...by].map(([k, t]) => ({ key: k, ...t })).sort((a, b) => b.linked - a.linked || a.key.localeCompare(b.key));
  };
  return { reports, articles: roll((c) => c.docId), outlets: roll((c) => c.outlet) };
}
