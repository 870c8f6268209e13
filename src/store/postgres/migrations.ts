/**
 * The PostgreSQL schema, as numbered migrations recorded in
 * `sitrep_migrations`. Same tables and columns as the SQLite schema;
 * full-text search through a generated `tsvector` column.
 */
import { ledgerDdl } from '../ledger-rows.js';
import type { Migration } from '../sqlite/migrations.js';

export const PG_MIGRATIONS: Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL UNIQUE,
        title TEXT, published TEXT, outlet TEXT, url TEXT,
        text TEXT NOT NULL, hash TEXT NOT NULL, record TEXT NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
      );
      CREATE INDEX documents_fts ON documents USING gin(fts);
      CREATE INDEX documents_published ON documents(published);
      CREATE INDEX documents_outlet ON documents(outlet);
      CREATE TABLE segments (doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
      CREATE INDEX segments_doc ON segments(doc_id);
      CREATE TABLE entities (doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
        lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT, admin1 TEXT,
        PRIMARY KEY (doc_id, entity_id));
      CREATE INDEX entities_name ON entities(name);
      CREATE TABLE mentions (doc_id TEXT NOT NULL, entity_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        FOREIGN KEY (doc_id, entity_id) REFERENCES entities(doc_id, entity_id) ON DELETE CASCADE);
      CREATE INDEX mentions_doc ON mentions(doc_id, entity_id);
      CREATE TABLE claims (doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        claim_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        source TEXT NOT NULL, attribution TEXT NOT NULL, certainty TEXT NOT NULL, PRIMARY KEY (doc_id, claim_id));
      CREATE TABLE events (doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT, actor TEXT, target TEXT, place TEXT, date TEXT,
        killed INTEGER, wounded INTEGER, claim_id TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (doc_id, seq));
      CREATE INDEX events_type_date ON events(type, date);
      CREATE TABLE relations (doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        type TEXT NOT NULL, subject TEXT NOT NULL, object TEXT NOT NULL, claim_id TEXT);
      CREATE INDEX relations_doc ON relations(doc_id);
      CREATE TABLE signals (doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
      CREATE INDEX signals_doc ON signals(doc_id);
    `,
  },
  {
    version: 2,
    sql: ledgerDdl({ text: 'TEXT', int: 'INTEGER', real: 'DOUBLE PRECISION' }) + '\nCREATE TABLE ledger_meta (key TEXT PRIMARY KEY, value TEXT);',
  },
];
