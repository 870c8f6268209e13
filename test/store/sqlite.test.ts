import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/sqlite/migrations-runner.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from '../helpers.js';
import { storeContract } from './contract.js';

storeContract('sqlite file', async () => openStore(path.join(tempDir(), 'test.db')));
storeContract('sqlite in memory', async () => openStore(':memory:'));

describe('sqlite migrations', () => {
  it('brings a new database to the last version, and is a no-op the second time', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(migrate(db)).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('refuses a file that is not a database with a clear message', async () => {
    const file = path.join(tempDir(), 'not-a-db.db');
    (await import('node:fs')).writeFileSync(file, 'this is not sqlite at all, just some text '.repeat(10));
    await expect(openStore(file)).rejects.toThrow(/cannot open as a sitrep database/);
  });
});
