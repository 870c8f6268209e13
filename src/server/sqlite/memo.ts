/**
 * Remembers an expensive answer until the database changes: SQLite's
 * `data_version` moves whenever another connection (a running `sitrep
 * ingest`) commits, so a cached aggregate is never stale.
 *
 * @example
 *   const allEntities = memo(db, () => db.prepare(BIG_GROUP_BY).all());
 *   allEntities(); // computed once per database version
 */
import type Database from 'better-sqlite3';

export function memo<T>(db: Database.Database, compute: () => T): () => T {
  let version: number | null = null;
  let value: T;
  return () => {
    const now = db.pragma('data_version', { simple: true }) as number;
    if (now !== version) {
      value = compute();
      version = now;
    }
    return value;
  };
}
