/** `sitrep serve` as a user runs it: the built command, a real port, and its refusals. */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { fixtureDb } from './fixture.js';

const BIN = path.resolve('dist/cli/main.js');
const sitrep = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SITREP_TOKEN: '' } });

describe('sitrep serve', () => {
  it('says clearly when the database does not exist', () => {
    const r = sitrep('serve', '--db', path.join(tempDir(), 'none.db'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/none\.db: no such database \(run sitrep ingest/);
  });

  it('refuses to listen beyond loopback without a token', () => {
    const r = sitrep('serve', '--host', '0.0.0.0');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('pass --token <secret> or set SITREP_TOKEN');
    expect(sitrep('serve', '--port', 'eighty').stderr).toContain('"eighty" is not a port number');
  });

  it('serves the API and the UI on a free port and stops on SIGINT', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', await fixtureDb(), '--port', '0']);
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => { const m = String(d).match(/http:\/\/127\.0\.0\.1:\d+\//); if (m) resolve(m[0]); });
      child.on('exit', () => reject(new Error('serve exited')));
    });
    const stats = await (await fetch(`${url}api/stats`)).json();
    expect(stats.documents).toBe(4);
    expect(await (await fetch(url)).text()).toContain('<title>sitrep</title>');
    child.kill('SIGINT');
    expect(await new Promise((r) => child.on('exit', r))).toBe(0);
  });
});
