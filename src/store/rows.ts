/**
 * A record as the rows of the store's tables, in one place for every
 * store: what SQLite and PostgreSQL write is the same by construction.
 *
 * @example
 *   const rows = recordRows(record);
 *   rows.events[0] // => [docId, seq, type, mode, actor, target, place, date, killed, wounded, claim, start, end]
 */
import type { ExtractionRecord } from '../core/record.js';
import { hashOf } from '../pipeline/index.js';

type Cell = string | number | null;

export interface RecordRows {
  document: { id: string; source: string; title: string | null; published: string | null; outlet: string | null; url: string | null; text: string; hash: string; record: string };
  segments: Cell[][];
  entities: Cell[][];
  mentions: Cell[][];
  claims: Cell[][];
  events: Cell[][];
  relations: Cell[][];
  signals: Cell[][];
}

/** Columns of each annotation table, in the order `recordRows` gives the cells. */
export const COLUMNS = {
  segments: ['doc_id', 'kind', 'start', 'end'],
  entities: ['doc_id', 'entity_id', 'name', 'type', 'lat', 'lon', 'country', 'admin1'],
  mentions: ['doc_id', 'entity_id', 'start', 'end', 'text'],
  claims: ['doc_id', 'claim_id', 'start', 'end', 'source', 'attribution', 'certainty'],
  events: ['doc_id', 'seq', 'type', 'mode', 'actor', 'target', 'place', 'date', 'killed', 'wounded', 'claim_id', 'start', 'end'],
  relations: ['doc_id', 'type', 'subject', 'object', 'claim_id'],
  signals: ['doc_id', 'kind', 'start', 'end'],
} as const;

export type AnnotationTable = keyof typeof COLUMNS;

export function recordRows(r: ExtractionRecord): RecordRows {
  const { doc } = r;
  const id = doc.id;
  const { doc: _doc, ...annotations } = r;
  return {
    document: {
      id, source: doc.source, title: doc.title, published: doc.published, outlet: doc.outlet ?? null, url: doc.url ?? null,
      text: doc.text, hash: hashOf(doc),
      // The text is stored once, in its own column; the record keeps everything else.
      record: JSON.stringify({ ...annotations, doc: { ...doc, text: undefined } }),
    },
    segments: r.segments.map((s) => [id, s.kind, s.start, s.end]),
    entities: r.entities.map((e) => [id, e.id, e.name, e.type, e.geo?.lat ?? null, e.geo?.lon ?? null, e.country ?? null, e.admin1 ?? null]),
    mentions: r.entities.flatMap((e) => e.mentions.map((m) => [id, e.id, m.start, m.end, m.text])),
    claims: r.claims.map((c) => [id, c.id, c.start, c.end, c.source, c.attribution, c.certainty]),
    events: r.events.map((e, i) => [id, i, e.type, e.mode ?? null, e.actor, e.target, e.place, e.date,
      e.casualties?.killed ?? null, e.casualties?.wounded ?? null, e.claim, e.start, e.end]),
    relations: r.relations.map((x) => [id, x.type, x.subject, x.object, x.claim]),
    signals: r.signals.map((s) => [id, s.kind, s.start, s.end]),
  };
}

/** A stored record back: the record column with the text put back in. */
export function storedRecord(record: string, text: string): ExtractionRecord {
  const rec = JSON.parse(record) as ExtractionRecord;
  return { ...rec, doc: { ...rec.doc, text } };
}
