/**
 * The embedded store: SQLite through better-sqlite3, in WAL mode, with
 * FTS5 full-text search. Each batch is one transaction, so an interrupted
 * ingest never leaves half a document behind.
 *
 * @example
 *   const store = openSqliteStore('sitrep.db'); // or ':memory:'
 */
import Database from 'better-sqlite3';
import { hashOf } from '../../pipeline/index.js';
import type { ExtractionRecord } from '../../core/record.js';
import type { PutResult, SearchHit, SearchOptions, Store, StoreStats } from '../store.js';
import { migrate } from './migrations-runner.js';

type DB = Database.Database;

/** A search query as FTS5 terms: words are matched as prefixes, operators in the user's text are not interpreted. */
export function ftsQuery(query: string): string {
  const words = query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"*`).join(' ');
}

function statements(db: DB) {
  return {
    bySource: db.prepare<[string], { id: string; hash: string }>('SELECT id, hash FROM documents WHERE source = ?'),
    deleteDoc: db.prepare<[string]>('DELETE FROM documents WHERE id = ?'),
    insertDoc: db.prepare(`INSERT INTO documents (id, source, title, published, outlet, url, text, hash, record)
      VALUES (@id, @source, @title, @published, @outlet, @url, @text, @hash, @record)`),
    segment: db.prepare('INSERT INTO segments (doc_id, kind, start, "end") VALUES (?, ?, ?, ?)'),
    entity: db.prepare('INSERT INTO entities (doc_id, entity_id, name, type, lat, lon, country, admin1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    mention: db.prepare('INSERT INTO mentions (doc_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)'),
    claim: db.prepare('INSERT INTO claims (doc_id, claim_id, start, "end", source, attribution, certainty) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    event: db.prepare(`INSERT INTO events (doc_id, seq, type, mode, actor, target, place, date, killed, wounded, claim_id, start, "end")
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    relation: db.prepare('INSERT INTO relations (doc_id, type, subject, object, claim_id) VALUES (?, ?, ?, ?, ?)'),
    signal: db.prepare('INSERT INTO signals (doc_id, kind, start, "end") VALUES (?, ?, ?, ?)'),
    record: db.prepare<[string], { text: string; record: string }>('SELECT text, record FROM documents WHERE id = ?'),
  };
}

export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  const st = statements(db);

  const insert = (r: ExtractionRecord) => {
    const { doc } = r;
    const { doc: _doc, ...annotations } = r;
    st.insertDoc.run({
      id: doc.id, source: doc.source, title: doc.title, published: doc.published, outlet: doc.outlet ?? null,
      url: doc.url ?? null, text: doc.text, hash: hashOf(doc), record: JSON.stringify({ ...annotations, doc: { ...doc, text: undefined } }),
    });
    for (const s of r.segments) st.segment.run(doc.id, s.kind, s.start, s.end);
    for (const e of r.entities) {
      st.entity.run(doc.id, e.id, e.name, e.type, e.geo?.lat ?? null, e.geo?.lon ?? null, e.country ?? null, e.admin1 ?? null);
      for (const m of e.mentions) st.mention.run(doc.id, e.id, m.start, m.end, m.text);
    }
    for (const c of r.claims) st.claim.run(doc.id, c.id, c.start, c.end, c.source, c.attribution, c.certainty);
    r.events.forEach((e, i) => st.event.run(doc.id, i, e.type, e.mode ?? null, e.actor, e.target, e.place, e.date,
      e.casualties?.killed ?? null, e.casualties?.wounded ?? null, e.claim, e.start, e.end));
    for (const rel of r.relations) st.relation.run(doc.id, rel.type, rel.subject, rel.object, rel.claim);
    for (const s of r.signals) st.signal.run(doc.id, s.kind, s.start, s.end);
  };

  const putBatch = db.transaction((records: ExtractionRecord[]): PutResult => {
    const result: PutResult = { added: 0, replaced: 0, unchanged: 0 };
    for (const r of records) {
      const old = st.bySource.get(r.doc.source);
      if (old && old.hash === hashOf(r.doc) && old.id === r.doc.id) { result.unchanged++; continue; }
      if (old) { st.deleteDoc.run(old.id); result.replaced++; } else result.added++;
      insert(r);
    }
    return result;
  });

  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  return {
    async putBatch(records) {
      return putBatch(records);
    },
    async getRecord(id) {
      const row = st.record.get(id);
      if (!row) return null;
      const rec = JSON.parse(row.record) as ExtractionRecord;
      return { ...rec, doc: { ...rec.doc, text: row.text } };
    },
    async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
      const match = ftsQuery(query);
      if (!match) return [];
      return db.prepare(`SELECT d.id, d.source, d.title, d.published,
          snippet(documents_fts, 1, '«', '»', '…', 16) AS snippet
        FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
        WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`).all(match, options.limit ?? 20) as SearchHit[];
    },
    async stats(): Promise<StoreStats> {
      const range = db.prepare('SELECT min(published) AS first, max(published) AS last FROM documents').get() as StoreStats['published'];
      return {
        documents: count('documents'),
        counts: {
          segments: count('segments'), entities: count('entities'), mentions: count('mentions'), events: count('events'),
          relations: count('relations'), claims: count('claims'), signals: count('signals'),
        },
        eventTypes: db.prepare('SELECT type, count(*) AS count FROM events GROUP BY type ORDER BY count DESC, type').all() as StoreStats['eventTypes'],
        topEntities: db.prepare(`SELECT name, type, count(DISTINCT doc_id) AS documents FROM entities
          GROUP BY name, type ORDER BY documents DESC, name LIMIT 10`).all() as StoreStats['topEntities'],
        outlets: db.prepare(`SELECT outlet, count(*) AS documents FROM documents WHERE outlet IS NOT NULL
          GROUP BY outlet ORDER BY documents DESC, outlet LIMIT 10`).all() as StoreStats['outlets'],
        published: range,
      };
    },
    async close() {
      db.close();
    },
  };
}
