/**
 * Events as the API shows them: each row joined to the names and places of
 * the entities it points to, the document that reports it and the claim it
 * rests on; and, for one event, every report of the same happening.
 *
 * @example
 *   const page = listEvents(db, { type: 'ASSAULT', limit: 100, offset: 0 });
 */
import type Database from 'better-sqlite3';
import type { EntityRef, EventDetail, EventReport, EventRow, Page } from '../read-model.js';
import type { EventQuery } from '../queries.js';

type DB = Database.Database;

const ref = (alias: string) => `${alias}.entity_id AS ${alias}_id, ${alias}.name AS ${alias}_name, ${alias}.type AS ${alias}_type,
  ${alias}.lat AS ${alias}_lat, ${alias}.lon AS ${alias}_lon, ${alias}.admin1 AS ${alias}_admin1`;

/** The joins from an event (`e`) to its document, entities and claim. */
export const EVENT_JOINS = `JOIN documents d ON d.id = e.doc_id
  LEFT JOIN entities a ON a.doc_id = e.doc_id AND a.entity_id = e.actor
  LEFT JOIN entities t ON t.doc_id = e.doc_id AND t.entity_id = e.target
  LEFT JOIN entities p ON p.doc_id = e.doc_id AND p.entity_id = e.place
  LEFT JOIN claims c ON c.doc_id = e.doc_id AND c.claim_id = e.claim_id`;

export const EVENT_FROM = `FROM events e ${EVENT_JOINS}`;

export const EVENT_COLUMNS = `e.doc_id, e.seq, e.type, e.mode, coalesce(e.date, d.published) AS date, e.killed, e.wounded,
  e.start, e."end", d.title, d.outlet, d.published, c.source AS claim_source, c.certainty,
  ${ref('a')}, ${ref('t')}, ${ref('p')}`;

type Row = Record<string, string | number | null>;

function entityRef(row: Row, alias: string): EntityRef | null {
  const id = row[`${alias}_id`];
  if (id == null) return null;
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    id: String(id), name: String(row[`${alias}_name`]), type: String(row[`${alias}_type`]),
    lat: num(row[`${alias}_lat`]), lon: num(row[`${alias}_lon`]), admin1: (row[`${alias}_admin1`] as string | null) ?? null,
  };
}

/** One joined row as an `EventRow`. */
export function eventRow(row: Row): EventRow {
  const str = (k: string) => (row[k] == null ? null : String(row[k]));
  const num = (k: string) => (typeof row[k] === 'number' ? (row[k] as number) : null);
  return {
    docId: String(row.doc_id), seq: Number(row.seq), type: String(row.type), mode: str('mode'), date: str('date'),
    killed: num('killed'), wounded: num('wounded'),
    actor: entityRef(row, 'a'), target: entityRef(row, 't'), place: entityRef(row, 'p'),
    title: str('title'), outlet: str('outlet'), claimSource: str('claim_source'), certainty: str('certainty'),
    start: Number(row.start), end: Number(row.end),
  };
}

/**
 * Events picked by a key query (selecting `k_doc`, `k_seq`, `k_date`), sorted by date and cut to
 * `@limit`/`@offset` before their names, places, documents and claims are joined: the joins then
 * cost a page's worth, not a corpus's.
 */
export function eventsByKeys(db: DB, keys: string, direction: 'ASC' | 'DESC', params: Record<string, unknown>): EventRow[] {
  const order = `k_date IS NULL, k_date ${direction}, k_doc, k_seq`;
  return (db.prepare(`SELECT ${EVENT_COLUMNS} FROM (SELECT * FROM (${keys}) ORDER BY ${order} LIMIT @limit OFFSET @offset) k
    JOIN events e ON e.doc_id = k.k_doc AND e.seq = k.k_seq ${EVENT_JOINS} ORDER BY ${order}`).all(params) as Row[]).map(eventRow);
}

/** An event's date, else its document's. */
export const DATE = 'coalesce(e.date, (SELECT published FROM documents WHERE id = e.doc_id))';

/**
 * A page of events. Events with a date and events that take their
 * document's date are picked apart (each half then uses an index for the
 * date range: events(type, date) and documents(published)), with only the
 * joins the filter needs; names, places and claims are joined for the page alone.
 */
export function listEvents(db: DB, q: EventQuery): Page<EventRow> {
  const joins: string[] = [];
  const conds: string[] = [];
  if (q.type) conds.push('e.type = @type');
  if (q.actor) {
    joins.push('LEFT JOIN entities a ON a.doc_id = e.doc_id AND a.entity_id = e.actor', 'LEFT JOIN entities t ON t.doc_id = e.doc_id AND t.entity_id = e.target');
    conds.push('(a.name = @actor OR t.name = @actor)');
  }
  if (q.place) {
    joins.push('LEFT JOIN entities p ON p.doc_id = e.doc_id AND p.entity_id = e.place');
    conds.push('(p.name = @place OR p.admin1 = @place)');
  }
  const half = (from: string, date: string, own: string) => {
    const all = [own, ...conds, ...(q.from ? [`${date} >= @from`] : []), ...(q.to ? [`${date} <= @to`] : [])];
    return `SELECT e.doc_id AS k_doc, e.seq AS k_seq, ${date} AS k_date ${from} ${joins.join(' ')} WHERE ${all.join(' AND ')}`;
  };
  const dated = half('FROM events e', 'e.date', 'e.date IS NOT NULL');
  const undated = half('FROM documents d JOIN events e ON e.doc_id = d.id', 'd.published', 'e.date IS NULL');
  const params = Object.fromEntries(Object.entries({ type: q.type, actor: q.actor, place: q.place, from: q.from, to: q.to }).filter(([, v]) => v != null));
  const total = (db.prepare(`SELECT (SELECT count(*) FROM (${dated})) + (SELECT count(*) FROM (${undated})) AS n`).get(params) as { n: number }).n;
  const items = eventsByKeys(db, `${dated} UNION ALL ${undated}`, 'ASC', { ...params, limit: q.limit, offset: q.offset });
  return { total, items };
}

const DAY = 86_400_000;
const daysApart = (a: string | null, b: string | null) => (a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / DAY : 0);

/** Where reports of one happening disagree on a toll or on how sure they are. */
export function contradictions(reports: EventReport[]): string[] {
  const out: string[] = [];
  for (const field of ['killed', 'wounded'] as const) {
    const told = reports.filter((r) => r[field] != null);
    if (new Set(told.map((r) => r[field])).size > 1) {
      out.push(`${field}: ${told.map((r) => `${r[field]} (${r.outlet ?? r.title ?? r.docId})`).join(' vs ')}`);
    }
  }
  const sure = new Set(reports.map((r) => r.certainty).filter((c) => c != null));
  if (sure.has('denied') && sure.size > 1) out.push(`certainty: ${[...sure].join(' vs ')}`);
  return out;
}

/**
 * An event and every report of the same happening: the reports the ledger
 * grouped with it when `sitrep ledger` has run; otherwise those of the same
 * type, at the same place (or, without a place, between the same parties),
 * dated within three days of it.
 */
export function eventDetail(db: DB, docId: string, seq: number): EventDetail | null {
  const row = db.prepare(`SELECT ${EVENT_COLUMNS} ${EVENT_FROM} WHERE e.doc_id = ? AND e.seq = ?`).get(docId, seq) as Row | undefined;
  if (!row) return null;
  const event = eventRow(row);
  const hasLedger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger_reports'").get() !== undefined;
  const ledgerId = hasLedger
    ? (db.prepare('SELECT event_id FROM ledger_reports WHERE doc_id = ? AND seq = ?').pluck().get(docId, seq) as string | undefined) ?? null
    : null;
  const same = ledgerId
    ? db.prepare(`SELECT ${EVENT_COLUMNS} FROM ledger_reports r JOIN events e ON e.doc_id = r.doc_id AND e.seq = r.seq ${EVENT_JOINS}
        WHERE r.event_id = ? LIMIT 200`).all(ledgerId)
    : event.place
      ? db.prepare(`SELECT ${EVENT_COLUMNS} ${EVENT_FROM} WHERE e.type = ? AND p.name = ? LIMIT 200`).all(event.type, event.place.name)
      : event.actor || event.target
        ? db.prepare(`SELECT ${EVENT_COLUMNS} ${EVENT_FROM} WHERE e.type = ? AND a.name IS ? AND t.name IS ? LIMIT 200`)
          .all(event.type, event.actor?.name ?? null, event.target?.name ?? null)
        : [row];
  const others = (same as Row[]).map(eventRow)
    .filter((r) => !(r.docId === docId && r.seq === seq) && (ledgerId !== null || daysApart(r.date, event.date) <= 3));
  const docs = db.prepare<[string], { text: string; record: string; published: string | null }>('SELECT text, record, published FROM documents WHERE id = ?');
  const reports = [event, ...others].map((r): EventReport => {
    const doc = docs.get(r.docId);
    if (!doc) return { ...r, excerpt: '', mark: [0, 0], published: null };
    const { sentences = [] } = JSON.parse(doc.record) as { sentences?: { start: number; end: number }[] };
    const s = sentences.find((x) => x.start <= r.start && x.end >= r.end) ?? { start: r.start, end: r.end };
    return { ...r, excerpt: doc.text.slice(s.start, s.end), mark: [r.start - s.start, r.end - s.start], published: doc.published };
  });
  return { event, reports, contradictions: contradictions(reports), ledgerEvent: ledgerId };
}
