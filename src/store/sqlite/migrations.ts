/**
 * The SQLite schema, as numbered migrations. A database records the last
 * migration applied in `PRAGMA user_version`; new migrations are appended,
 * never edited.
 */
import { ledgerDdl } from '../ledger-rows.js';

export interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL UNIQUE,
        title TEXT,
        published TEXT,
        outlet TEXT,
        url TEXT,
        text TEXT NOT NULL,
        hash TEXT NOT NULL,
        record TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
      );
      CREATE INDEX documents_published ON documents(published);
      CREATE INDEX documents_outlet ON documents(outlet);
      CREATE TABLE segments (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
      );
      CREATE INDEX segments_doc ON segments(doc_id);
      CREATE TABLE entities (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
        lat REAL, lon REAL, country TEXT, admin1 TEXT,
        PRIMARY KEY (doc_id, entity_id)
      );
      CREATE INDEX entities_name ON entities(name);
      CREATE TABLE mentions (
        doc_id TEXT NOT NULL, entity_id TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        FOREIGN KEY (doc_id, entity_id) REFERENCES entities(doc_id, entity_id) ON DELETE CASCADE
      );
      CREATE INDEX mentions_doc ON mentions(doc_id, entity_id);
      CREATE TABLE claims (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        claim_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        source TEXT NOT NULL, attribution TEXT NOT NULL, certainty TEXT NOT NULL,
        PRIMARY KEY (doc_id, claim_id)
      );
      CREATE TABLE events (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT,
        actor TEXT, target TEXT, place TEXT, date TEXT,
        killed INTEGER, wounded INTEGER, claim_id TEXT,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (doc_id, seq)
      );
      CREATE INDEX events_type_date ON events(type, date);
      CREATE TABLE relations (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        type TEXT NOT NULL, subject TEXT NOT NULL, object TEXT NOT NULL, claim_id TEXT
      );
      CREATE INDEX relations_doc ON relations(doc_id);
      CREATE TABLE signals (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
      );
      CREATE INDEX signals_doc ON signals(doc_id);
      CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
    `,
  },
  {
    version: 2,
    sql: ledgerDdl({ text: 'TEXT', int: 'INTEGER', real: 'REAL' }) + "\nCREATE TABLE ledger_meta (key TEXT PRIMARY KEY, value TEXT);",
  },
];
