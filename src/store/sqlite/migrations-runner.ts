/**
 * Applies the migrations a database has not seen yet.
 *
 * @example
 *   migrate(new Database('sitrep.db')) // => the schema version now in force
 */
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';

/**
 * Applies the missing migrations in one immediate transaction: several
 * ingest workers may open a new database at once, so the version is read
 * only after the write lock is held, and each migration runs exactly once.
 */
export function migrate(db: Database.Database): number {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  db.transaction(() => {
    const current = version();
    for (const m of MIGRATIONS.filter((x) => x.version > current)) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return version();
}
