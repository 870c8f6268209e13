#!/usr/bin/env node
// Throughput of the entity stage alone (stage 2), on FA-KES repeated to at least --mb megabytes
// (default 20). Segmentation runs first and is not timed. Needs `npm run build`.
//
//   node scripts/bench-entities.mjs [--csv ../shared/corpus/fa-kes/fakes.csv] [--mb 20] [--json]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs, DEFAULT_MAX_DOC_BYTES } from '../dist/readers/index.js';
import { toDoc } from '../dist/pipeline/index.js';
import { segment } from '../dist/pipeline/1-segment/index.js';
import { findEntities } from '../dist/pipeline/2-entities/index.js';
import { loadGazetteer } from '../dist/gazetteer/index.js';

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const here = path.dirname(fileURLToPath(import.meta.url));
const csv = opt('--csv', path.join(here, '../../shared/corpus/fa-kes/fakes.csv'));
const targetMb = Number(opt('--mb', '20'));
if (!fs.existsSync(csv)) { console.log(`bench-entities: ${csv} not found, skipped`); process.exit(0); }

const t0 = performance.now();
const gaz = loadGazetteer();
const loadMs = performance.now() - t0;

const docs = [];
const { items } = readInputs([csv], { format: 'auto', maxDocBytes: DEFAULT_MAX_DOC_BYTES });
for await (const item of items) if (item.kind === 'doc') { const doc = toDoc(item.doc); docs.push({ doc, seg: segment(doc) }); }
const bytesOnce = docs.reduce((n, d) => n + Buffer.byteLength(d.doc.text), 0);
const rounds = Math.max(1, Math.ceil((targetMb * 1e6) / bytesOnce));

findEntities(docs[0].doc, docs[0].seg, { gazetteer: gaz }); // warm up
let ms = 0;
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  const start = performance.now();
  for (const { doc, seg } of docs) findEntities(doc, seg, { gazetteer: gaz });
  ms += performance.now() - start;
}
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const mb = (bytesOnce * rounds) / 1e6;
if (args.includes('--json')) {
  console.log(JSON.stringify({ mb, wallMbps: mb / (ms / 1000), cpuMbps: mb / (cpuMs / 1000), loadMs }));
  process.exit(0);
}
console.log(`entity stage: ${(mb / (ms / 1000)).toFixed(2)} MB/s wall, ${(mb / (cpuMs / 1000)).toFixed(2)} MB/s CPU, ${((docs.length * rounds) / (ms / 1000)).toFixed(0)} docs/s over ${mb.toFixed(1)} MB (${docs.length} FA-KES docs x ${rounds}); gazetteer load ${loadMs.toFixed(0)} ms; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
