#!/usr/bin/env node
// `npm run bench`: extraction throughput and peak memory over FA-KES and
// over FA-KES repeated to at least 50 MB (streamed, so memory must stay flat).
// Reads ../shared/corpus when present; otherwise benchmarks the bundled
// examples repeated, and says so.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared/corpus/fa-kes/fakes.csv');
const TARGET_MB = 50;

if (!fs.existsSync(path.join(root, 'dist/pipeline/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

/** A CSV of at least `mb` megabytes made by repeating the rows of `src`, with unique ids. */
function repeated(src, mb) {
  const out = path.join(os.tmpdir(), `sitrep-bench-${path.basename(src, '.csv')}-${mb}mb.csv`);
  if (fs.existsSync(out) && fs.statSync(out).size >= mb * 1e6) return out;
  const text = fs.readFileSync(src, 'utf8');
  const nl = text.indexOf('\n');
  const header = text.slice(0, nl + 1);
  const body = text.slice(nl + 1);
  const fd = fs.openSync(out, 'w');
  fs.writeSync(fd, header);
  let size = header.length;
  for (let copy = 0; size < mb * 1e6; copy++) {
    // Prefix each row's id with the copy number so that every row stays a distinct document.
    const rows = body.replace(/^(\d+),/gm, (_, id) => `${copy}${id},`);
    fs.writeSync(fd, rows);
    size += Buffer.byteLength(rows);
  }
  fs.closeSync(fd);
  return out;
}

function run(file, threads = 1) {
  const line = execFileSync(process.execPath, [path.join(root, 'scripts/bench-run.mjs'), file, '--threads', String(threads)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(line.trim().split('\n').pop());
}

let base = shared;
if (!fs.existsSync(shared)) {
  console.log('../shared/corpus not found: benchmarking the bundled examples instead (not comparable with the targets).');
  base = path.join(os.tmpdir(), 'sitrep-bench-examples.csv');
  fs.writeFileSync(base, fs.readFileSync(path.join(root, 'examples/04-wire-briefs.csv'), 'utf8').replace(/^w(\d)/gm, '1$1'));
}

const runs = [['FA-KES', base], [`FA-KES ×N (≥${TARGET_MB} MB)`, repeated(base, TARGET_MB)]];
const mbps = (r, ms) => (r.bytes / 1e6 / (ms / 1000)).toFixed(2);
console.log(`sitrep bench · node ${process.version} · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.availableParallelism()} · one process; one thread unless the row says otherwise`);
console.log('| corpus | docs | MB | seconds | MB/s | docs/s | peak RSS MB |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
const results = [];
for (const [name, file] of runs) {
  const r = run(file);
  results.push([name, r]);
  console.log(`| ${name} | ${r.docs} | ${(r.bytes / 1e6).toFixed(1)} | ${r.seconds.toFixed(2)} | ${mbps(r, r.seconds * 1000)} | ${(r.docs / r.seconds).toFixed(0)} | ${r.maxRssMb.toFixed(0)} |`);
}
const [, big] = results.at(-1);
// The same on every core, as `sitrep extract` runs a large input by default (--threads auto).
const cores = Math.min(os.availableParallelism(), 8);
let multi = null;
if (cores > 1) {
  multi = run(runs.at(-1)[1], cores);
  const r = multi;
  console.log(`| ${runs.at(-1)[0]}, ${cores} threads (the default) | ${r.docs} | ${(r.bytes / 1e6).toFixed(1)} | ${r.seconds.toFixed(2)} | ${mbps(r, r.seconds * 1000)} | ${(r.docs / r.seconds).toFixed(0)} | ${r.maxRssMb.toFixed(0)} |`);
}
console.log('\nper stage (MB/s of text through that stage alone, on the largest one-thread run):');
console.log(Object.entries(big.timings).map(([stage, ms]) => `${stage} ${mbps(big, ms)}`).join(' · '));
console.log(`(reading the gazetteer, once per process before the first document: ${big.gazetteerSeconds.toFixed(2)} s, in the run's seconds, not in the entity stage's figure)`);
const pass = (ok) => (ok ? 'met' : 'NOT met');
const wholeOne = big.bytes / 1e6 / big.seconds;
const wholeAll = multi ? multi.bytes / 1e6 / multi.seconds : wholeOne;
const entities = big.bytes / 1e6 / (big.timings.entities / 1000);
// The entity stage alone, over and over on the same documents (segmentation done beforehand, untimed): its own
// speed, with its lexicons hot, where inside the pipeline the other stages take turns in the processor's caches.
const alone = JSON.parse(execFileSync(process.execPath, [path.join(root, 'scripts/bench-entities.mjs'), '--csv', base, '--mb', '20', '--json'], { encoding: 'utf8' }).trim().split('\n').pop());
console.log(`\ntargets:`);
console.log(`- whole pipeline ≥ 1.2 MB/s: ${wholeAll.toFixed(2)} MB/s as run by default (${multi ? `${cores} threads` : 'one thread'}), ${pass(wholeAll >= 1.2)}; ${wholeOne.toFixed(2)} MB/s on one thread, ${pass(wholeOne >= 1.2)}`);
console.log(`- entity stage ≥ 5 MB/s: alone (scripts/bench-entities.mjs, ${alone.mb.toFixed(0)} MB) ${alone.wallMbps.toFixed(2)} MB/s, ${pass(alone.wallMbps >= 5)} (${alone.cpuMbps.toFixed(2)} MB/s of CPU time, garbage collection threads included); inside the whole pipeline ${entities.toFixed(2)} MB/s, ${pass(entities >= 5)}`);
console.log(`- peak RSS flat in input size: ${results[0][1].maxRssMb.toFixed(0)} MB for ${(results[0][1].bytes / 1e6).toFixed(1)} MB of text, ${big.maxRssMb.toFixed(0)} MB for ${(big.bytes / 1e6).toFixed(1)} MB`);

// Ingest into SQLite and PostgreSQL, twice: the second run must add nothing.
const bigFile = runs.at(-1)[1];
const stores = [['SQLite', path.join(os.tmpdir(), `sitrep-bench-${process.pid}.db`)]];
let pgUrl = process.env.SITREP_BENCH_PG_URL ?? process.env.SITREP_TEST_PG_URL;
if (!pgUrl) {
  try {
    pgUrl = execFileSync('bash', [path.join(root, 'scripts/pg-test-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch { /* no PostgreSQL here: say so below */ }
}
if (pgUrl) {
  const { default: pg } = await import('pg');
  const name = `sitrep_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  stores.push(['PostgreSQL', u.toString()]);
}
console.log(`\ningest of ${path.basename(bigFile)} (${(fs.statSync(bigFile).size / 1e6).toFixed(0)} MB), then the same again:`);
console.log('| store | run | docs | seconds | docs/s | added | unchanged | peak RSS MB |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const [label, db] of stores) {
  for (const run of ['first', 're-ingest']) {
    const line = execFileSync(process.execPath, [path.join(root, 'scripts/bench-ingest.mjs'), bigFile, db], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const r = JSON.parse(line.trim().split('\n').pop());
    console.log(`| ${label} | ${run} | ${r.docs} | ${r.seconds.toFixed(1)} | ${(r.docs / r.seconds).toFixed(0)} | ${r.added} | ${r.unchanged} | ${r.maxRssMb.toFixed(0)} |`);
  }
}
if (!pgUrl) console.log('(PostgreSQL not benchmarked: set SITREP_BENCH_PG_URL or install postgresql)');
/** A SQLite database and the write-ahead files beside it. */
const removeDb = (db) => { for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true }); };
removeDb(stores[0][1]);

// API latency with all of FA-KES ingested (the web UI's list and detail queries).
const apiDb = path.join(os.tmpdir(), `sitrep-bench-api-${process.pid}.db`);
execFileSync(process.execPath, [path.join(root, 'scripts/bench-ingest.mjs'), base, apiDb], { encoding: 'utf8' });
console.log('');
process.stdout.write(execFileSync(process.execPath, [path.join(root, 'scripts/bench-api.mjs'), apiDb], { encoding: 'utf8' }));
removeDb(apiDb);

