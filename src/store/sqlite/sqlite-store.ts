/**
 * The embedded store: SQLite through better-sqlite3, in WAL mode, with
 * FTS5 full-text search. Each batch is one transaction, so an interrupted
 * ingest never leaves half a document behind.
 *
 * @example
 *   const store = openSqliteStore('sitrep.db'); // or ':memory:'
 */
import Database from 'better-sqlite3';
import type { ExtractionRecord } from '../../core/record.js';
import { LEDGER_ONLY, LEDGER_TABLES, ledgerFromRows, ledgerRows, referenceFromRow, referenceRow, type LedgerTable } from '../ledger-rows.js';
import { hashOf } from '../../pipeline/index.js';
import { COLUMNS, recordRows, storedRecord, type AnnotationTable } from '../rows.js';
import type { PutResult, SearchHit, SearchOptions, Store, StoreStats } from '../store.js';
import { migrate } from './migrations-runner.js';

/** A search query as FTS5 terms: words are matched as prefixes, operators in the user's text are not interpreted. */
export function ftsQuery(query: string): string {
  const words = query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"*`).join(' ');
}

export function openSqliteStore(file: string): Store {
  const db = new Database(file, { timeout: 15000 }); // several ingest workers may write in turn
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db);

  const bySource = db.prepare<[string], { id: string; hash: string }>('SELECT id, hash FROM documents WHERE source = ?');
  const deleteDoc = db.prepare<[string]>('DELETE FROM documents WHERE id = ?');
  const insertDoc = db.prepare(`INSERT INTO documents (id, source, title, published, outlet, url, text, hash, record)
    VALUES (@id, @source, @title, @published, @outlet, @url, @text, @hash, @record)`);
  const inserts = Object.fromEntries(Object.entries(COLUMNS).map(([table, cols]) => [table,
    db.prepare(`INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)])) as
    Record<AnnotationTable, Database.Statement>;
  const storedHash = db.prepare<[string], { hash: string }>('SELECT hash FROM documents WHERE id = ?');
  const recordById = db.prepare<[string], { text: string; record: string }>('SELECT text, record FROM documents WHERE id = ?');

  const putBatch = db.transaction((records: ExtractionRecord[]): PutResult => {
    const result: PutResult = { added: 0, replaced: 0, unchanged: 0 };
    for (const r of records) {
      const rows = recordRows(r);
      const old = bySource.get(r.doc.source);
      if (old && old.hash === rows.document.hash && old.id === r.doc.id) { result.unchanged++; continue; }
      if (old) { deleteDoc.run(old.id); result.replaced++; } else result.added++;
      insertDoc.run(rows.document);
      for (const table of Object.keys(COLUMNS) as AnnotationTable[]) for (const row of rows[table]) inserts[table].run(row);
    }
    return result;
  });

  const insertInto = (table: LedgerTable, orIgnore = false) => {
    const cols = Object.keys(LEDGER_TABLES[table]);
    return db.prepare(`INSERT ${orIgnore ? 'OR IGNORE ' : ''}INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  };
  const saveLedger = db.transaction((rows: ReturnType<typeof ledgerRows>, builtAt: string) => {
    for (const table of LEDGER_ONLY) {
      db.prepare(`DELETE FROM ${table}`).run();
      const insert = insertInto(table);
      for (const row of rows[table as keyof typeof rows]) insert.run(row);
    }
    db.prepare(`INSERT INTO ledger_meta (key, value) VALUES ('built_at', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(builtAt);
  });
  const putReference = db.transaction((rows: unknown[][]) => {
    const insert = insertInto('reference_events', true);
    let added = 0;
    for (const row of rows) added += insert.run(row).changes;
    return { added, unchanged: rows.length - added };
  });

  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  return {
    async putBatch(records) {
      // Immediate: the write lock is taken first, so a concurrent writer makes this wait rather than fail.
      return putBatch.immediate(records);
    },
    async isStored(doc) {
      return storedHash.get(doc.id)?.hash === hashOf(doc);
    },
    async getRecord(id) {
      const row = recordById.get(id);
      return row ? storedRecord(row.record, row.text) : null;
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
    async *records() {
      for (const row of db.prepare<[], { text: string; record: string }>('SELECT text, record FROM documents ORDER BY source').iterate()) {
        yield storedRecord(row.record, row.text);
      }
    },
    async saveLedger(ledger) {
      saveLedger(ledgerRows(ledger), ledger.builtAt);
    },
    async loadLedger() {
      const built = db.prepare(`SELECT value FROM ledger_meta WHERE key = 'built_at'`).get() as { value: string } | undefined;
      if (!built) return null;
      return ledgerFromRows(
        db.prepare('SELECT data FROM ledger_events ORDER BY corroboration DESC, date_first, id').all() as { data: string }[],
        db.prepare('SELECT * FROM control_claims ORDER BY place, date').all() as Record<string, unknown>[],
        db.prepare('SELECT * FROM global_entities ORDER BY documents DESC, key').all() as Record<string, unknown>[],
        built.value,
      );
    },
    async putReference(events) {
      return putReference(events.map(referenceRow));
    },
    async referenceEvents() {
      return (db.prepare('SELECT * FROM reference_events ORDER BY date_start, id').all() as Record<string, unknown>[]).map(referenceFromRow);
    },
    async close() {
      db.close();
    },
  };
}
