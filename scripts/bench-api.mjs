#!/usr/bin/env node
// `npm run bench:api`: p95 latency of the list and detail API queries, in
// process (app.request), over FA-KES ingested into a temporary database.
// Uses ../shared/corpus when present; otherwise the bundled examples, and
// says so. Pass a database path to measure that one instead.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fakes = path.resolve(root, '../shared/corpus/fa-kes/fakes.csv');
const RUNS = Number(process.env.RUNS ?? 200);

if (!fs.existsSync(path.join(root, 'dist/server/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const { createApp, openSqliteReadModel } = await import(path.join(root, 'dist/server/index.js'));

let db = process.argv[2];
let corpus = db ? db : fs.existsSync(fakes) ? 'FA-KES' : 'examples (../shared/corpus not found)';
if (!db) {
  db = path.join(os.tmpdir(), `sitrep-bench-api-${fs.existsSync(fakes) ? 'fakes' : 'examples'}.db`);
  if (!fs.existsSync(db)) {
    execFileSync(process.execPath, [path.join(root, 'dist/cli/main.js'), 'ingest', fs.existsSync(fakes) ? fakes : path.join(root, 'examples'), '--db', db],
      { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
const model = openSqliteReadModel(db);
const app = createApp(model);
const json = async (p) => (await app.request(p)).json();

// Pick real ids for the detail queries.
const docs = (await json('/api/documents?limit=200')).items;
const events = (await json('/api/events?limit=200')).items;
const entities = (await json('/api/entities?limit=50')).items;
const pick = (list, i) => list[i % Math.max(1, list.length)];
const stats = await json('/api/stats');
const words = ['killed', 'army', 'Aleppo', 'shelling', 'rebels'];

const QUERIES = {
  'list documents': (i) => `/api/documents?limit=50&offset=${(i * 50) % Math.max(1, stats.documents)}`,
  'search documents': (i) => `/api/documents?q=${words[i % words.length]}&limit=50`,
  'list events': () => '/api/events',
  'list events (type, dates)': () => '/api/events?type=ASSAULT&from=2013-01-01&to=2016-12-31',
  'list entities': () => '/api/entities?limit=100',
  'list claims': () => '/api/claims?limit=100',
  'network': () => '/api/network',
  'stats': () => '/api/stats',
  'map: all events (≤10000)': () => '/api/events?limit=10000',
  'document detail': (i) => `/api/documents/${pick(docs, i)?.id ?? 'none'}`,
  'event detail': (i) => (events.length ? `/api/events/${pick(events, i).docId}/${pick(events, i).seq}` : null),
  'entity detail': (i) => (entities.length ? `/api/entities/${encodeURIComponent(pick(entities, i).name)}` : null),
};

const p = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
console.log(`API latency over ${corpus}: ${stats.documents} documents, ${stats.counts.events} events, ${stats.counts.entities} entities, ${stats.counts.claims} claims (${RUNS} runs each)`);
console.log('query                        p50 ms   p95 ms');
let worst = 0;
for (const [name, url] of Object.entries(QUERIES)) {
  const informational = name.startsWith('map');
  if (!url(0)) { console.log(`${name.padEnd(28)} (nothing to query)`); continue; }
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = await app.request(url(i));
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  if (!informational) worst = Math.max(worst, p(times, 0.95));
  console.log(`${name.padEnd(28)} ${p(times, 0.5).toFixed(2).padStart(6)}   ${p(times, 0.95).toFixed(2).padStart(6)}${informational ? '   (not a list page: the whole map at once)' : ''}`);
}
console.log(`worst p95 of list and detail queries (default page sizes): ${worst.toFixed(1)} ms (target < 50 ms)`);
await model.close();
