/** Commands that read a database refuse to create an empty one by mistake. */
import fs from 'node:fs';
import { UserError } from '../../core/errors.js';
import { isPostgresUrl } from '../../store/index.js';

export function existingDb(db: string): string {
  if (db !== ':memory:' && !isPostgresUrl(db) && !fs.existsSync(db)) {
    throw new UserError({ file: db, message: 'no such database', fix: `run sitrep ingest <inputs> --db ${db} first` });
  }
  return db;
}
