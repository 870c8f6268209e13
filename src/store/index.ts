/**
 * Opens the store a `--db` value names: a SQLite file path (the default,
 * `sitrep.db`), `:memory:`, or a PostgreSQL URL (`postgres://…`).
 *
 * @example
 *   const store = await openStore(options.db);
 */
import path from 'node:path';
import fs from 'node:fs';
import { UserError } from '../core/errors.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export type { PutResult, SearchHit, Store, StoreStats } from './store.js';

export const DEFAULT_DB = 'sitrep.db';

export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//.test(location);

/** The URL without its password, for messages. */
const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

export async function openStore(location: string = DEFAULT_DB): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { openPgStore } = await import('./postgres/pg-store.js');
    try {
      return await openPgStore(location);
    } catch (err) {
      throw new UserError({ file: redact(location), message: `cannot use this PostgreSQL database (${(err as Error).message})`, fix: 'check that the server runs and the URL, user and database are right' });
    }
  }
  if (location !== ':memory:') {
    const dir = path.dirname(path.resolve(location));
    if (!fs.existsSync(dir)) throw new UserError({ file: location, message: `directory ${dir} does not exist`, fix: 'create it or choose another --db path' });
  }
  try {
    return openSqliteStore(location);
  } catch (err) {
    throw new UserError({ file: location, message: `cannot open as a sitrep database (${(err as Error).message})`, fix: 'pass a new file name or a database made by sitrep ingest' });
  }
}
