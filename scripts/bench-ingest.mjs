#!/usr/bin/env node
// One ingest benchmark run in its own process: reads FILE, analyses and
// stores it in DB (SQLite path or postgres:// URL) in batches of 200, and
// prints one JSON line of figures, including what the store added.
//   node scripts/bench-ingest.mjs FILE DB
import { readInputs } from '../dist/readers/index.js';
import { extract, toDoc } from '../dist/pipeline/index.js';
import { openStore } from '../dist/store/index.js';

const [file, db] = process.argv.slice(2);
const store = await openStore(db);
const total = { added: 0, replaced: 0, unchanged: 0 };
let batch = [];
let docs = 0;
const flush = async () => {
  const r = await store.putBatch(batch);
  for (const k of Object.keys(total)) total[k] += r[k];
  batch = [];
};
const t0 = performance.now();
for await (const item of readInputs([file], { format: 'auto', maxDocBytes: 10 * 1024 * 1024 }).items) {
  if (item.kind !== 'doc') continue;
  docs++;
  const doc = toDoc(item.doc);
  // As `sitrep ingest` does: a document stored exactly as it is is not analysed again.
  if (await store.isStored(doc)) { total.unchanged++; continue; }
  batch.push(extract(doc));
  if (batch.length >= 200) await flush();
}
if (batch.length) await flush();
const seconds = (performance.now() - t0) / 1000;
await store.close();
console.log(JSON.stringify({ docs, seconds, ...total, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
