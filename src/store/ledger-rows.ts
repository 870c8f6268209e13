/**
 * The ledger and reference events as table rows, shared by every store.
 * `LEDGER_TABLES` lists each table's columns (and the SQL type of each);
 * stores create the tables from it and insert the rows `ledgerRows` gives.
 *
 * @example
 *   const rows = ledgerRows(ledger); rows.ledger_events[0] // => [id, type, …]
 */
import type { ReferenceEvent } from '../ledger/reference/types.js';
import type { Ledger, LedgerEvent } from '../ledger/types.js';

type Cell = string | number | null;
type SqlType = 'text' | 'int' | 'real';

export const LEDGER_TABLES = {
  ledger_events: {
    id: 'text', type: 'text', mode: 'text', date_first: 'text', date_last: 'text', place_key: 'text', place_name: 'text',
    lat: 'real', lon: 'real', admin1: 'text', actor: 'text', target: 'text', corroboration: 'int', killed_min: 'int',
    killed_max: 'int', contradictions: 'int', data: 'text',
  },
  ledger_reports: {
    event_id: 'text', doc_id: 'text', seq: 'int', outlet: 'text', date: 'text', actor: 'text', killed: 'int', wounded: 'int', certainty: 'text',
  },
  control_claims: { place: 'text', holder: 'text', doc_id: 'text', outlet: 'text', date: 'text', claim_id: 'text' },
  global_entities: { key: 'text', name: 'text', type: 'text', documents: 'int', mentions: 'int', lat: 'real', lon: 'real', admin1: 'text' },
  reference_events: {
    dataset: 'text', id: 'text', date_start: 'text', date_end: 'text', side_a: 'text', side_b: 'text', admin1: 'text', place: 'text',
    lat: 'real', lon: 'real', best: 'int', low: 'int', high: 'int', source: 'text',
  },
} satisfies Record<string, Record<string, SqlType>>;

export type LedgerTable = keyof typeof LEDGER_TABLES;
export const LEDGER_ONLY: LedgerTable[] = ['ledger_events', 'ledger_reports', 'control_claims', 'global_entities'];

/** CREATE TABLE statements in a dialect's types. */
export function ledgerDdl(types: Record<SqlType, string>): string {
  const tables = Object.entries(LEDGER_TABLES).map(([table, cols]) =>
    `CREATE TABLE ${table} (${Object.entries(cols).map(([c, t]) => `"${c}" ${types[t as SqlType]}`).join(', ')});`);
  return [
    ...tables,
    'CREATE INDEX ledger_reports_event ON ledger_reports(event_id);',
    'CREATE INDEX ledger_reports_doc ON ledger_reports(doc_id);',
    'CREATE INDEX control_claims_place ON control_claims(place);',
    'CREATE UNIQUE INDEX reference_events_id ON reference_events(dataset, id);',
  ].join('\n');
}

export function ledgerRows(ledger: Ledger): Record<Exclude<LedgerTable, 'reference_events'>, Cell[][]> {
  return {
    ledger_events: ledger.events.map((e) => [e.id, e.type, e.mode, e.dateFirst, e.dateLast, e.place?.id ?? null, e.place?.name ?? null,
      e.place?.lat ?? null, e.place?.lon ?? null, e.place?.admin1 ?? null, e.actor, e.target, e.corroboration, e.killed.min, e.killed.max,
      e.contradictions.length, JSON.stringify(e)]),
    ledger_reports: ledger.events.flatMap((e) => e.reports.map((r) => [e.id, r.docId, r.seq, r.outlet, r.date, r.actor, r.killed, r.wounded, r.certainty])),
    control_claims: ledger.control.map((c) => [c.place, c.holder, c.docId, c.outlet, c.date, c.claim]),
    global_entities: ledger.entities.map((g) => [g.key, g.name, g.type, g.documents, g.mentions, g.lat, g.lon, g.admin1]),
  };
}

export const referenceRow = (r: ReferenceEvent): Cell[] =>
  [r.dataset, r.id, r.dateStart, r.dateEnd, r.sideA, r.sideB, r.admin1, r.place, r.lat, r.lon, r.best, r.low, r.high, r.source];

export const referenceFromRow = (x: Record<string, unknown>): ReferenceEvent => ({
  dataset: x.dataset as ReferenceEvent['dataset'], id: String(x.id), dateStart: String(x.date_start), dateEnd: String(x.date_end),
  sideA: String(x.side_a ?? ''), sideB: String(x.side_b ?? ''), admin1: (x.admin1 as string) ?? null, place: (x.place as string) ?? null,
  lat: x.lat === null ? null : Number(x.lat), lon: x.lon === null ? null : Number(x.lon),
  best: x.best === null ? null : Number(x.best), low: x.low === null ? null : Number(x.low), high: x.high === null ? null : Number(x.high),
  source: (x.source as string) ?? null,
});

/** A ledger back from its rows. */
export function ledgerFromRows(events: { data: string }[], control: Record<string, unknown>[], entities: Record<string, unknown>[], builtAt: string): Ledger {
  return {
    builtAt,
    events: events.map((e) => JSON.parse(e.data) as LedgerEvent),
    control: control.map((c) => ({ place: String(c.place), holder: String(c.holder), docId: String(c.doc_id), outlet: String(c.outlet), date: (c.date as string) ?? null, claim: (c.claim_id as string) ?? null })),
    entities: entities.map((g) => ({ key: String(g.key), name: String(g.name), type: String(g.type), documents: Number(g.documents), mentions: Number(g.mentions),
      lat: g.lat === null ? null : Number(g.lat), lon: g.lon === null ? null : Number(g.lon), admin1: (g.admin1 as string) ?? null })),
  };
}
