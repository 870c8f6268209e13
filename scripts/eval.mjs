#!/usr/bin/env node
// `npm run eval`: runs `sitrep extract` over the seed articles and FA-KES in
// ../shared and prints the scorers' measures and SCORE lines. It reports; it
// does not fail on a low score. Without ../shared it says so and exits 0.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
if (!fs.existsSync(path.join(shared, 'tools/score.mjs'))) {
  console.log('eval: ../shared not found; nothing to evaluate.');
  process.exit(0);
}
if (!fs.existsSync(path.join(root, 'dist/cli/main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-eval-'));
const node = (args) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
const extract = (input, out) => node([path.join(root, 'dist/cli/main.js'), 'extract', input, '--format', 'jsonl', '--out', out, '--no-progress']);

const seeds = path.join(tmp, 'seeds.jsonl');
extract(path.join(shared, 'corpus/seeds'), seeds);
console.log('== seeds (../shared/gold/seeds.gold.json)');
process.stdout.write(node([path.join(shared, 'tools/score.mjs'), '--gold', path.join(shared, 'gold/seeds.gold.json'), '--pred', seeds]));

const fakes = path.join(tmp, 'fakes.jsonl');
extract(path.join(shared, 'corpus/fa-kes/fakes.csv'), fakes);
console.log('\n== FA-KES test half (crowd extraction)');
process.stdout.write(node([path.join(shared, 'tools/fakes-eval.mjs'), '--pred', fakes, '--half', 'test']));
fs.rmSync(tmp, { recursive: true, force: true });
