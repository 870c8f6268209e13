/**
 * `sitrep ingest <inputs…>`: analyses documents and stores them, one
 * transaction per batch. Re-ingesting the same document stores nothing new;
 * a changed document replaces its old annotations. Ctrl-C stops after the
 * batch in hand is committed, so no document is ever half stored.
 */
import { Command } from 'commander';
import { spawn } from 'node:child_process';
import { UserError } from '../../core/errors.js';
import type { ExtractionRecord } from '../../core/record.js';
import { DEFAULT_DB, openStore, type PutResult } from '../../store/index.js';
import { records, requireSomeDocuments, withInputOptions, type InputFlags, type RunTally } from '../inputs.js';
import { prettyStats } from '../pretty.js';

interface IngestFlags extends InputFlags {
  db: string;
  batch: string;
  summary?: boolean;
  workers: string;
  shard?: string;
}

/** `--shard K/N`: this process takes the documents whose position modulo N is K. */
function parseShard(value: string | undefined): { k: number; n: number } | null {
  if (!value) return null;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || +m[2]! < 1 || +m[1]! >= +m[2]!) throw new UserError({ file: '--shard', message: `"${value}" is not K/N with 0 ≤ K < N`, fix: 'e.g. --shard 0/4' }, 2);
  return { k: +m[1]!, n: +m[2]! };
}

/** Runs `n` copies of this ingest, each on its own shard, and waits for all of them. */
async function runWorkers(n: number): Promise<void> {
  const args = process.argv.slice(2).filter((a, i, all) => a !== '--workers' && all[i - 1] !== '--workers' && !a.startsWith('--workers='));
  // N processes are the parallelism asked for; each one does not also start a thread per core.
  if (!args.some((a) => a.startsWith('--threads'))) args.push('--threads', '1');
  const codes = await Promise.all(Array.from({ length: n }, (_, k) => new Promise<number>((resolve) => {
    spawn(process.execPath, [process.argv[1]!, ...args, '--shard', `${k}/${n}`, '--no-progress'], { stdio: ['ignore', 'inherit', 'inherit'] })
      .on('close', (code) => resolve(code ?? 1));
  })));
  process.exitCode = codes.find((c) => c !== 0) ?? 0;
}

export function ingestCommand(): Command {
  const cmd = new Command('ingest')
    .summary('analyse documents and store them in the database')
    .description('Reads articles, analyses them and stores documents, segments and annotations in a SQLite database (with full-text search). Safe to run again: unchanged documents are skipped, changed ones replaced.')
    .argument('<inputs...>', 'files, directories (read recursively) or - for standard input')
    .option('--db <path>', 'SQLite database file (created if missing)', DEFAULT_DB)
    .option('--batch <n>', 'documents per transaction', '200')
    .option('--summary', 'print what the database holds afterwards')
    .option('--workers <n>', 'ingest with N processes (best with PostgreSQL); each takes every Nth document. With SQLite prefer --threads: one process writes, N threads analyse', '1')
    .option('--shard <k/n>', 'take only documents K, K+N, K+2N, … (used by --workers)')
    .addHelpText('after', `
Examples:
  $ sitrep ingest examples/ --db sitrep.db --summary
  $ sitrep ingest ../shared/corpus/fa-kes/fakes.csv --db fakes.db
  $ sitrep ingest big.csv --db big.db --threads 4
  $ sitrep ingest corpus/ --db postgres://user@localhost/sitrep --workers 4
  $ sitrep search "airport" --db fakes.db`);
  return withInputOptions(cmd).action(async (inputs: string[], flags: IngestFlags) => {
    const workers = Number.parseInt(flags.workers, 10);
    if (!(workers >= 1)) throw new UserError({ file: '--workers', message: `"${flags.workers}" is not a positive number`, fix: 'e.g. --workers 4' }, 2);
    if (workers > 1 && !flags.shard) return runWorkers(workers);
    const shard = parseShard(flags.shard);
    const batchSize = Math.max(1, Number.parseInt(flags.batch, 10) || 200);
    const store = await openStore(flags.db);
    const tally: RunTally = { documents: 0, problems: 0 };
    const total: PutResult = { added: 0, replaced: 0, unchanged: 0 };
    let stopping = false;
    const stop = () => { stopping = true; };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let batch: ExtractionRecord[] = [];
    const flush = async () => {
      const r = await store.putBatch(batch);
      total.added += r.added; total.replaced += r.replaced; total.unchanged += r.unchanged;
      batch = [];
    };
    try {
      const take = shard ? (i: number) => i % shard.n === shard.k : undefined;
      // A document stored exactly as it is now is not analysed again: re-ingest costs a read and a lookup.
      const quiet = !!shard && shard.k !== 0; // every shard reads every input: the first one reports what is wrong with them
      for await (const analysed of records(inputs, flags, tally, { take, skip: (doc) => store.isStored(doc), quiet })) {
        batch.push(analysed.record);
        if (batch.length >= batchSize) await flush();
        if (stopping) break;
      }
      if (batch.length) await flush();
      total.unchanged += tally.unchanged ?? 0;
      process.stderr.write(`sitrep: ${total.added} added, ${total.replaced} replaced, ${total.unchanged} unchanged` +
        `${tally.problems ? `, ${tally.problems} skipped` : ''} → ${flags.db}${stopping ? ' (interrupted; what was stored stays stored)' : ''}\n`);
      if (flags.summary) process.stdout.write(prettyStats(await store.stats()) + '\n');
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await store.close();
    }
    if (stopping) process.exitCode = 130;
    else if (!(shard && tally.problems === 0)) requireSomeDocuments(tally, inputs); // a shard may rightly be empty
  });
}
