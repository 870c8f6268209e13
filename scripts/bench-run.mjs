#!/usr/bin/env node
// One benchmark run in its own process, so that its peak memory is its own:
// reads FILE with sitrep's readers, runs the whole pipeline, serialises each
// record as `extract --format jsonl` would, and prints one JSON line of figures.
//   node scripts/bench-run.mjs FILE
import { readInputs } from '../dist/readers/index.js';
import { extract, toDoc } from '../dist/pipeline/index.js';

const file = process.argv[2];
const timings = {};
let docs = 0;
let bytes = 0;
let outBytes = 0;
const t0 = performance.now();
for await (const item of readInputs([file], { format: 'auto', maxDocBytes: 10 * 1024 * 1024 }).items) {
  if (item.kind !== 'doc') continue;
  docs++;
  bytes += Buffer.byteLength(item.doc.text);
  outBytes += JSON.stringify(extract(toDoc(item.doc), timings)).length + 1;
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ file, docs, bytes, outBytes, seconds, timings, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
