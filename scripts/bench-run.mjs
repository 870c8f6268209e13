#!/usr/bin/env node
// One benchmark run in its own process, so that its peak memory is its own:
// reads FILE with sitrep's readers, runs the whole pipeline in batches as the
// CLI does, serialises each record as `extract --format jsonl` would, and prints one JSON line of figures.
// With --threads N the pipeline runs on N worker threads (as `extract --threads N`);
// per-stage timings are then not collected.
//   node scripts/bench-run.mjs FILE [--threads N]
import { loadGazetteer } from '../dist/gazetteer/index.js';
import { readInputs } from '../dist/readers/index.js';
import { batches } from '../dist/pipeline/batches.js';
import { extractBatch, toDoc } from '../dist/pipeline/index.js';
import { ExtractPool } from '../dist/pipeline/pool/index.js';

const file = process.argv[2];
const at = process.argv.indexOf('--threads');
const threads = at > 0 ? Number(process.argv[at + 1]) : 1;
const pool = threads > 1 ? new ExtractPool(threads) : null;
const timings = {};
let docs = 0;
let bytes = 0;
let outBytes = 0;
async function* read() {
  for await (const item of readInputs([file], { format: 'auto', maxDocBytes: 10 * 1024 * 1024 }).items) {
    if (item.kind !== 'doc') continue;
    docs++;
    bytes += Buffer.byteLength(item.doc.text);
    yield toDoc(item.doc);
  }
}
const t0 = performance.now();
// The gazetteer is read once per process (a worker thread reads its own): timed apart, so that the entity
// stage's figure is its speed on text; the whole run's seconds include it.
let gazetteerSeconds = null;
if (!pool) {
  const g0 = performance.now();
  loadGazetteer();
  gazetteerSeconds = (performance.now() - g0) / 1000;
}
if (pool) for await (const analysed of pool.extractAll(read())) outBytes += analysed.json.length + 1;
else for await (const batch of batches(read())) for (const record of extractBatch(batch, timings)) outBytes += JSON.stringify(record).length + 1;
const seconds = (performance.now() - t0) / 1000;
await pool?.close();
console.log(JSON.stringify({ file, docs, bytes, outBytes, seconds, threads, timings, gazetteerSeconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
