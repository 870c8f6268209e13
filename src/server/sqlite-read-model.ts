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
import type { ReadModel, Stats } from './read-model.js';
import { listClaims } from './sqlite/claims.js';
import { listDocuments } from './sqlite/documents.js';
import { entityQueries } from './sqlite/entities.js';
import { eventDetail, listEvents } from './sqlite/events.js';
import { memo } from './sqlite/memo.js';

type DB = Database.Database;

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
  const entities = entityQueries(db);
  const cachedStats = memo(db, () => stats(db));

  return {
    async stats() {
      return cachedStats();
    },
    async documents(q) {
      return listDocuments(db, q);
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
      return entities.list(q);
    },
    async entity(name) {
      return entities.detail(name);
    },
    async network(q) {
      return entities.network(q);
    },
    async claims(q) {
      return listClaims(db, q);
    },
    async close() {
      db.close();
    },
  };
}
