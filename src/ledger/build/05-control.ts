/**
 * Step 5: the control ledger — every statement that an actor holds a
 * place or facility, with who says so and when.
 *
 * @example
 *   controlClaims(record) // => [{ place: 'place:raqqa', holder: 'actor:isis', outlet: 'example wire', … }]
 */
import type { ExtractionRecord } from '../../core/record.js';
import type { ControlClaim } from '../types.js';
import { entityKey } from './01-entities.js';
import { outletOf } from './02-reports.js';

export function controlClaims(record: ExtractionRecord): ControlClaim[] {
  const ents = new Map(record.entities.map((e) => [e.id, e]));
  return record.relations
    .filter((r) => r.type === 'controls' && ents.has(r.subject) && ents.has(r.object))
    .map((r) => ({
      place: entityKey(ents.get(r.object)!),
      holder: entityKey(ents.get(r.subject)!),
      docId: record.doc.id,
      outlet: outletOf(record.doc),
      date: record.doc.published,
      claim: r.claim,
    }));
}

/** Places whose holder differs between statements, with the holders in date order. */
export function contested(claims: ControlClaim[]): { place: string; holders: ControlClaim[] }[] {
  const byPlace = new Map<string, ControlClaim[]>();
  for (const c of claims) byPlace.set(c.place, [...(byPlace.get(c.place) ?? []), c]);
  return [...byPlace]
    .filter(([, cs]) => new Set(cs.map((c) => c.holder)).size > 1)
    .map(([place, cs]) => ({ place, holders: [...cs].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')) }));
}
