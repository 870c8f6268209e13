/** The built command, run as a user runs it (`npm test` builds dist/ first). */
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionRecordSchema } from '../../src/core/record.js';
import { tempDir, withFiles } from '../helpers.js';

const BIN = path.resolve('dist/cli/main.js');
const sitrep = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('sitrep command', () => {
  it('teaches through --help', () => {
    const top = sitrep('--help');
    expect(top.status).toBe(0);
    for (const word of ['extract', 'ingest', 'search', 'stats', 'Start here']) expect(top.stdout).toContain(word);
    const sub = sitrep('extract', '--help');
    expect(sub.stdout).toMatch(/--format <format>[\s\S]*Examples:/);
  });

  it('extracts one valid record per example document', () => {
    const r = sitrep('extract', 'examples', '--format', 'jsonl');
    expect(r.status).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(6);
    for (const rec of records) expect(ExtractionRecordSchema.safeParse(rec).success).toBe(true);
    expect(records.map((x) => x.doc.source)).toContain('examples/04-wire-briefs.csv#w2');
  });

  it('gives the same records in the same order on several threads as on one', () => {
    const one = sitrep('extract', 'examples', '--threads', '1');
    const three = sitrep('extract', 'examples', '--threads', '3');
    expect(three.status).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    const bad = sitrep('extract', 'examples', '--threads', 'many');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--threads: "many" is not a positive whole number or auto');
  });

  it('writes JSON and pretty output to a file', () => {
    const out = path.join(tempDir(), 'out.json');
    expect(sitrep('extract', 'examples/02-raqqa-advance.md', '--format', 'json', '--out', out).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toHaveLength(1);
    expect(sitrep('extract', 'examples/02-raqqa-advance.md', '--format', 'pretty').stdout).toMatch(/^■ Kurdish-led forces push into eastern Raqqa/);
  });

  it('reads standard input with -', () => {
    const r = spawnSync(process.execPath, [BIN, 'extract', '-'], { input: 'Headline Here Today\n\nSome body text follows.', encoding: 'utf8' });
    expect(JSON.parse(r.stdout).doc).toMatchObject({ source: 'stdin', title: 'Headline Here Today' });
  });

  it('says what is wrong with bad input in one line, without a stack, and exits non-zero', () => {
    const r = sitrep('extract', 'no/such/file.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('sitrep: skipped no/such/file.txt: no such file or directory (check the path)');
    expect(r.stderr).toMatch(/sitrep: error: .*no document could be read/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a bad flag with usage help and exit code 2', () => {
    const r = sitrep('extract', 'examples', '--format', 'xml');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are jsonl, json, pretty/);
  });

  it('processes the good items of a batch and reports the bad ones', () => {
    const dir = withFiles({ 'good.txt': 'A good short report about a bridge.', 'bad.txt': Buffer.from([0, 1, 2, 3, 0]) });
    const r = sitrep('extract', dir);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${path.join(dir, 'bad.txt')}: binary file, not text`);
  });

  it('ingests idempotently, then searches and summarises', () => {
    const db = path.join(tempDir(), 's.db');
    const first = sitrep('ingest', 'examples', '--db', db);
    expect(first.stderr).toContain('6 added, 0 replaced, 0 unchanged');
    expect(sitrep('ingest', 'examples', '--db', db).stderr).toContain('0 added, 0 replaced, 6 unchanged');
    const search = sitrep('search', 'market', '--db', db);
    expect(search.stdout).toContain('Air strikes hit market in Idlib province');
    expect(sitrep('stats', '--db', db).stdout).toMatch(/^6 documents, published 2017-01-08 to 2018-01-20/);
    expect(sitrep('stats', '--db', path.join(tempDir(), 'none.db')).stderr).toMatch(/no such database \(run sitrep ingest/);
  });

  it('ingests with several worker processes, each document once', () => {
    const db = path.join(tempDir(), 'w.db');
    expect(sitrep('ingest', 'examples', '--db', db, '--workers', '3').status).toBe(0);
    expect(sitrep('stats', '--db', db).stdout).toMatch(/^6 documents/);
    expect(sitrep('ingest', 'examples', '--db', db, '--shard', '3/2').stderr).toContain('"3/2" is not K/N');
  });

  it('reports a bad input once, not once per worker', () => {
    const dir = withFiles({ 'a.txt': 'A short report about a bridge on the river.', 'b.txt': 'Another report about a road in the hills.', 'bad.txt': Buffer.from([0, 1, 2, 3, 0]) });
    const r = sitrep('ingest', dir, '--db', path.join(tempDir(), 'q.db'), '--workers', '2');
    expect(r.status).toBe(0);
    expect(r.stderr.match(/binary file, not text/g)).toHaveLength(1);
  });

  it('never leaves a half-stored document when interrupted', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: `n${i}`, title: `Report ${i}`, text: `Report number ${i}. `.repeat(40) }));
    fs.writeFileSync(path.join(dir, 'many.jsonl'), lines.join('\n'));
    const db = path.join(dir, 'i.db');
    const child = spawn(process.execPath, [BIN, 'ingest', path.join(dir, 'many.jsonl'), '--db', db, '--batch', '50']);
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    // Interrupt once the database exists and the first batches are going in.
    for (let waited = 0; !fs.existsSync(db) && waited < 15_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('close', r));
    const conn = new Database(db, { readonly: true });
    const docs = (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    const orphans = (conn.prepare('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM segments s WHERE s.doc_id = d.id)').get() as { n: number }).n;
    conn.close();
    expect(orphans, `code ${code}, ${docs} docs; ${stderr}`).toBe(0);
    if (code === 130) {
      expect(stderr).toContain('interrupted; what was stored stays stored');
    } else expect(docs).toBe(4000);
  });
});
