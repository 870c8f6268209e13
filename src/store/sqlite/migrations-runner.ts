/**
 * Applies the migrations a database has not seen yet.
 *
 * @example
 *   migrate(new Database('sitrep.db')) // => the schema version now in force
 */
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';

/** Applies the migrations a database has not seen yet, each in its own transaction. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS.filter((x) => x.version > current)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

