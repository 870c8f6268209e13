/**
 * PostgreSQL as the store, for teams and large corpora (`--db
 * postgres://…`). Passes the same contract tests as SQLite. Several ingest
 * processes can write at once: each document's source is locked for the
 * transaction (advisory locks, taken in sorted order), so a document is
 * never lost or stored twice.
 *
 * The `pg` driver is loaded only when a PostgreSQL URL is given.
 *
 * @example
 *   const store = await openPgStore('postgres://localhost/sitrep');
 */
import type { PoolClient } from 'pg';
import type { ExtractionRecord } from '../../core/record.js';
import { LEDGER_ONLY, LEDGER_TABLES, ledgerFromRows, ledgerRows, referenceFromRow, referenceRow, type LedgerTable } from '../ledger-rows.js';
import { hashOf } from '../../pipeline/index.js';
import { COLUMNS, recordRows, storedRecord, type AnnotationTable } from '../rows.js';
import type { PutResult, SearchHit, Store, StoreStats } from '../store.js';
import { PG_MIGRATIONS } from './migrations.js';

const insertSql = (table: AnnotationTable | LedgerTable, rows: number) => {
  const cols: readonly string[] = table in COLUMNS ? COLUMNS[table as AnnotationTable] : Object.keys(LEDGER_TABLES[table as LedgerTable]);
  const values = Array.from({ length: rows }, (_, r) => `(${cols.map((_, c) => `$${r * cols.length + c + 1}`).join(', ')})`);
  return `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')}`;
};

async function migrate(client: PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_lock(7262001)'); // one migrating process at a time
  try {
    await client.query('CREATE TABLE IF NOT EXISTS sitrep_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM sitrep_migrations');
    for (const m of PG_MIGRATIONS.filter((x) => x.version > (rows[0]?.v ?? 0))) {
      await client.query('BEGIN');
      await client.query(m.sql);
      await client.query('INSERT INTO sitrep_migrations (version) VALUES ($1)', [m.version]);
      await client.query('COMMIT');
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(7262001)');
  }
}

/** A search query as prefix terms that must all match; the user's operators are not interpreted. */
export function tsQuery(query: string): string {
  const words = query.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `${w}:*`).join(' & ');
}

export async function openPgStore(url: string): Promise<Store> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const setup = await pool.connect();
  try {
    await migrate(setup);
  } finally {
    setup.release();
  }

  /** Inserts rows in chunks: few round trips, parameters under PostgreSQL's limit. */
  async function insertRows(client: PoolClient, table: AnnotationTable | LedgerTable, rows: unknown[][], suffix = '') {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await client.query(insertSql(table, chunk.length) + suffix, chunk.flat());
    }
  }

  /** Runs `work` in one transaction on one connection. */
  async function inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const out = await work(client);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
  }

  async function putOne(client: PoolClient, r: ExtractionRecord, result: PutResult) {
    const rows = recordRows(r);
    const old = (await client.query<{ id: string; hash: string }>('SELECT id, hash FROM documents WHERE source = $1', [r.doc.source])).rows[0];
    if (old && old.hash === rows.document.hash && old.id === r.doc.id) { result.unchanged++; return; }
    if (old) { await client.query('DELETE FROM documents WHERE id = $1', [old.id]); result.replaced++; } else result.added++;
    const d = rows.document;
    await client.query('INSERT INTO documents (id, source, title, published, outlet, url, text, hash, record) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)',
      [d.id, d.source, d.title, d.published, d.outlet, d.url, d.text, d.hash, d.record]);
    for (const table of Object.keys(COLUMNS) as AnnotationTable[]) await insertRows(client, table, rows[table]);
  }

  const count = async (table: string) => Number((await pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

  return {
    async putBatch(records) {
      return inTransaction(async (client) => {
        const result: PutResult = { added: 0, replaced: 0, unchanged: 0 };
        const sources = [...new Set(records.map((r) => r.doc.source))].sort();
        for (const s of sources) await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [s]);
        for (const r of records) await putOne(client, r, result);
        return result;
      });
    },
    async isStored(doc) {
      const row = (await pool.query<{ hash: string }>('SELECT hash FROM documents WHERE id = $1', [doc.id])).rows[0];
      return row?.hash === hashOf(doc);
    },
    async getRecord(id) {
      const row = (await pool.query<{ text: string; record: string }>('SELECT text, record FROM documents WHERE id = $1', [id])).rows[0];
      return row ? storedRecord(row.record, row.text) : null;
    },
    async search(query, options = {}): Promise<SearchHit[]> {
      const q = tsQuery(query);
      if (!q) return [];
      const { rows } = await pool.query<SearchHit>(`SELECT id, source, title, published,
          ts_headline('simple', text, to_tsquery('simple', $1), 'StartSel=«, StopSel=», MaxWords=24, MinWords=8') AS snippet
        FROM documents WHERE fts @@ to_tsquery('simple', $1)
        ORDER BY ts_rank(fts, to_tsquery('simple', $1)) DESC, id LIMIT $2`, [q, options.limit ?? 20]);
      return rows;
    },
    async stats(): Promise<StoreStats> {
      const q = async <T>(sql: string) => (await pool.query(sql)).rows as T;
      const [range] = await q<StoreStats['published'][]>('SELECT min(published) AS first, max(published) AS last FROM documents');
      const num = <T extends Record<string, unknown>>(rows: T[], key: keyof T) => rows.map((r) => ({ ...r, [key]: Number(r[key]) }));
      return {
        documents: await count('documents'),
        counts: {
          segments: await count('segments'), entities: await count('entities'), mentions: await count('mentions'), events: await count('events'),
          relations: await count('relations'), claims: await count('claims'), signals: await count('signals'),
        },
        eventTypes: num(await q<{ type: string; count: number }[]>('SELECT type, count(*) AS count FROM events GROUP BY type ORDER BY count DESC, type'), 'count'),
        topEntities: num(await q<{ name: string; type: string; documents: number }[]>(`SELECT name, type, count(DISTINCT doc_id) AS documents
          FROM entities GROUP BY name, type ORDER BY documents DESC, name LIMIT 10`), 'documents'),
        outlets: num(await q<{ outlet: string; documents: number }[]>(`SELECT outlet, count(*) AS documents FROM documents
          WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY documents DESC, outlet LIMIT 10`), 'documents'),
        published: range ?? { first: null, last: null },
      };
    },
    async *records() {
      // Keyset pagination: memory stays flat however large the corpus.
      let after = '';
      for (;;) {
        const { rows } = await pool.query<{ source: string; text: string; record: string }>(
          'SELECT source, text, record FROM documents WHERE source > $1 ORDER BY source LIMIT 200', [after]);
        for (const row of rows) yield storedRecord(row.record, row.text);
        if (rows.length < 200) return;
        after = rows.at(-1)!.source;
      }
    },
    async saveLedger(ledger) {
      const rows = ledgerRows(ledger);
      await inTransaction(async (client) => {
        for (const table of LEDGER_ONLY) {
          await client.query(`DELETE FROM ${table}`);
          await insertRows(client, table, rows[table as keyof typeof rows]);
        }
        await client.query(`INSERT INTO ledger_meta (key, value) VALUES ('built_at', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [ledger.builtAt]);
      });
    },
    async loadLedger() {
      const built = (await pool.query(`SELECT value FROM ledger_meta WHERE key = 'built_at'`)).rows[0] as { value: string } | undefined;
      if (!built) return null;
      return ledgerFromRows(
        (await pool.query('SELECT data FROM ledger_events ORDER BY corroboration DESC, date_first, id')).rows,
        (await pool.query('SELECT * FROM control_claims ORDER BY place, date')).rows,
        (await pool.query('SELECT * FROM global_entities ORDER BY documents DESC, key')).rows,
        built.value,
      );
    },
    async putReference(events) {
      return inTransaction(async (client) => {
        const before = Number((await client.query('SELECT count(*) AS n FROM reference_events')).rows[0].n);
        await insertRows(client, 'reference_events', events.map(referenceRow), ' ON CONFLICT DO NOTHING');
        const added = Number((await client.query('SELECT count(*) AS n FROM reference_events')).rows[0].n) - before;
        return { added, unchanged: events.length - added };
      });
    },
    async referenceEvents() {
      return (await pool.query('SELECT * FROM reference_events ORDER BY date_start, id')).rows.map(referenceFromRow);
    },
    async close() {
      await pool.end();
    },
  };
}
