/**
 * The read model over a sitrep SQLite database, opened read-only: the API
 * can never change the ledger. Queries go straight to the tables that
 * `sitrep ingest` fills; empty tables give empty answers, not errors.
 *
 * @example
 *   const model = openSqliteReadModel('sitrep.db');
 *   const doc = await model.document('doc_3f2a…');
 */
import Database from 'better-sqlite3';
import type { ExtractionRecord } from '../core/record.js';
import type { DocumentSummary, ReadModel, Stats } from './read-model.js';
import { listClaims } from './sqlite/claims.js';
import { entityDetail, listEntities, network } from './sqlite/entities.js';
import { eventDetail, listEvents } from './sqlite/events.js';

type DB = Database.Database;

const SUMMARY = `SELECT d.id, d.source, d.title, d.published, d.outlet,
  (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events,
  (SELECT count(*) FROM claims c WHERE c.doc_id = d.id) AS claims
  FROM documents d`;

/** The FTS5 query for what a user typed: words match as prefixes, operators are not interpreted. */
function ftsQuery(query: string): string {
  return (query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"*`).join(' ');
}

function stats(db: DB): Stats {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    documents: count('documents'),
    counts: {
      segments: count('segments'), entities: count('entities'), events: count('events'),
      relations: count('relations'), claims: count('claims'), signals: count('signals'),
    },
    eventTypes: db.prepare('SELECT type, count(*) AS count FROM events GROUP BY type ORDER BY count DESC, type').all() as Stats['eventTypes'],
    outlets: db.prepare(`SELECT outlet, count(*) AS documents FROM documents WHERE outlet IS NOT NULL
      GROUP BY outlet ORDER BY documents DESC, outlet LIMIT 50`).all() as Stats['outlets'],
    published: db.prepare('SELECT min(published) AS first, max(published) AS last FROM documents').get() as Stats['published'],
  };
}

/** Opens `file` read-only; throws when it is not a sitrep database. */
export function openSqliteReadModel(file: string): ReadModel {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  if ((db.pragma('user_version', { simple: true }) as number) < 1) {
    db.close();
    throw new Error('not a sitrep database (no schema)');
  }
  const byIds = (ids: string[]): DocumentSummary[] => {
    const one = db.prepare<[string], DocumentSummary>(`${SUMMARY} WHERE d.id = ?`);
    return ids.flatMap((id) => one.all(id));
  };

  return {
    async stats() {
      return stats(db);
    },
    async documents(q) {
      const match = q.q ? ftsQuery(q.q) : null;
      const fts = match ? 'JOIN documents_fts f ON f.rowid = d.rowid AND documents_fts MATCH @match' : '';
      const where = 'WHERE (@outlet IS NULL OR d.outlet = @outlet)';
      const params = { match, outlet: q.outlet ?? null };
      const bind = match ? params : { outlet: params.outlet };
      const total = (db.prepare(`SELECT count(*) AS n FROM documents d ${fts} ${where}`).get(bind) as { n: number }).n;
      const items = db.prepare(`${SUMMARY} ${fts} ${where} ORDER BY ${match ? 'rank' : 'd.published DESC, d.id'} LIMIT @limit OFFSET @offset`)
        .all({ ...bind, limit: q.limit, offset: q.offset }) as DocumentSummary[];
      return { total, items };
    },
    async document(id) {
      const row = db.prepare<[string], { text: string; record: string }>('SELECT text, record FROM documents WHERE id = ?').get(id);
      if (!row) return null;
      const rec = JSON.parse(row.record) as ExtractionRecord;
      return { ...rec, doc: { ...rec.doc, text: row.text } };
    },
    async events(q) {
      return listEvents(db, q);
    },
    async event(docId, seq) {
      return eventDetail(db, docId, seq);
    },
    async entities(q) {
      return listEntities(db, q);
    },
    async entity(name) {
      return entityDetail(db, name, byIds);
    },
    async network(q) {
      return network(db, q);
    },
    async claims(q) {
      return listClaims(db, q);
    },
    async close() {
      db.close();
    },
  };
}
