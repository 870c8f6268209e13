/**
 * Step 2: each document's events as reports, their arguments turned from
 * doc-local entity ids into global entity keys, with the outlet that
 * published them and the certainty of the claim they are stated in.
 *
 * @example
 *   reportsOf(record) // => [{ report, type, mode, place: { key, lat, lon, admin1 } }, …]
 */
import type { EventType, ExtractionRecord } from '../../core/record.js';
import type { Report } from '../types.js';
import { entityKey } from './01-entities.js';

export interface PlaceRef {
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
}

export interface Sighting {
  type: EventType;
  mode: string | null;
  place: PlaceRef | null;
  report: Report;
}

/** The outlet a document speaks for: its stated outlet, the site of its URL, else its own source. */
export function outletOf(doc: ExtractionRecord['doc']): string {
  if (doc.outlet) return doc.outlet.trim().toLowerCase();
  if (doc.url) {
    try {
      return new URL(doc.url).hostname.replace(/^www\./, '');
    } catch { /* not a URL: fall through */ }
  }
  return doc.source;
}

export function reportsOf(record: ExtractionRecord): Sighting[] {
  const ents = new Map(record.entities.map((e) => [e.id, e]));
  const key = (id: string | null) => {
    const e = id ? ents.get(id) : undefined;
    return e ? entityKey(e) : id;
  };
  const claims = new Map(record.claims.map((c) => [c.id, c]));
  const outlet = outletOf(record.doc);
  return record.events.map((e, seq) => {
    const p = e.place ? ents.get(e.place) : undefined;
    return {
      type: e.type,
      mode: e.mode ?? null,
      place: p ? { id: entityKey(p), name: p.name, lat: p.geo?.lat ?? null, lon: p.geo?.lon ?? null, admin1: p.admin1 ?? null } : null,
      report: {
        docId: record.doc.id, seq, outlet, published: record.doc.published, date: e.date ?? record.doc.published,
        actor: key(e.actor), target: key(e.target), place: p ? entityKey(p) : null,
        killed: e.casualties?.killed ?? null, wounded: e.casualties?.wounded ?? null,
        certainty: e.claim ? claims.get(e.claim)?.certainty ?? null : null, claim: e.claim,
      },
    };
  });
}
