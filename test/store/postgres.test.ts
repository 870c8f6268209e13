/**
 * The store contract on a real PostgreSQL server. Runs when
 * SITREP_TEST_PG_URL names one (`.ci/run` starts it with
 * scripts/pg-test-server.sh); otherwise the suite is skipped, saying why.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { tempDir } from '../helpers.js';
import { storeContract } from './contract.js';

const url = process.env.SITREP_TEST_PG_URL;
const created: string[] = [];

/** A fresh, empty database on the test server. */
async function freshDb(): Promise<string> {
  const name = `sitrep_t_${process.pid}_${created.length}_${Date.now() % 100000}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  created.push(name);
  const u = new URL(url!);
  u.pathname = `/${name}`;
  return u.toString();
}

if (!url) {
  describe('store contract: postgres', () => {
    it.skip('needs SITREP_TEST_PG_URL (export SITREP_TEST_PG_URL=$(bash scripts/pg-test-server.sh))', () => {});
  });
} else {
  storeContract('postgres', async () => openStore(await freshDb()));

  describe('postgres ingest with several processes', () => {
    it('loses and doubles no document when workers race on the same corpus', async () => {
      const db = await freshDb();
      const dir = tempDir();
      const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Report ${i} about the front line.` }));
      fs.writeFileSync(path.join(dir, 'c.jsonl'), lines.join('\n'));
      const run = () => new Promise<number>((resolve) => {
        spawn(process.execPath, [path.resolve('dist/cli/main.js'), 'ingest', path.join(dir, 'c.jsonl'), '--db', db, '--batch', '25'], { stdio: 'ignore' })
          .on('close', (code) => resolve(code ?? -1));
      });
      expect(await Promise.all([run(), run(), run()])).toEqual([0, 0, 0]);
      const store = await openStore(db);
      expect((await store.stats()).documents).toBe(300);
      await store.close();
    });
  });

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
}
