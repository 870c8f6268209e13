/**
 * What the reading commands (extract, ingest) share: the input options,
 * and a loop that reports each bad item on standard error and yields the
 * analysed records of the good ones.
 *
 * @example
 *   for await (const record of records(inputs, options, report)) …
 */
import { Option, type Command } from 'commander';
import os from 'node:os';
import { UserError, formatProblem } from '../core/errors.js';
import type { Doc } from '../core/record.js';
import { batches } from '../pipeline/batches.js';
import { extractBatch, toDoc } from '../pipeline/index.js';
import { Analysed, ExtractPool } from '../pipeline/pool/index.js';
import { DEFAULT_MAX_DOC_BYTES, INPUT_FORMATS, parseColumnsFlag, readInputs, type InputFormat, type ReadOptions } from '../readers/index.js';
import { count } from './pretty.js';
import { progress } from './progress.js';

export interface InputFlags {
  inputFormat: InputFormat;
  columns?: string;
  maxDocMb: string;
  progress: boolean;
  threads: string;
}

/** Adds the input options to a command. */
export function withInputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--input-format <format>', 'how to read every input (auto: by file extension)').choices(INPUT_FORMATS).default('auto'))
    .option('--columns <mapping>', 'CSV/JSONL fields, e.g. text=article_content,title=article_title,date=date,id=unit_id,outlet=source')
    .option('--max-doc-mb <n>', 'largest single document; bigger ones are skipped with a message', String(DEFAULT_MAX_DOC_BYTES / 1024 / 1024))
    .option('--threads <n>', 'analyse on N threads (output order unchanged); auto: every core for inputs of 5 MB or more, else one', 'auto')
    .option('--no-progress', 'never show the progress bar (it shows only on a terminal anyway)');
}

/** Below this much input, starting threads (each loads the gazetteer) costs more than it saves. */
const THREADS_FROM_BYTES = 5e6;

/** How many threads `--threads` asks for, given how much there is to read. */
export function threadCount(flag: string, totalBytes: number): number {
  if (flag === 'auto') return totalBytes >= THREADS_FROM_BYTES ? Math.min(os.availableParallelism(), 8) : 1;
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 1) throw new UserError({ file: '--threads', message: `"${flag}" is not a positive whole number or auto`, fix: 'e.g. --threads 4' }, 2);
  return n;
}

export function readOptions(flags: InputFlags): ReadOptions {
  const mb = Number(flags.maxDocMb);
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new UserError({ file: '--max-doc-mb', message: `"${flags.maxDocMb}" is not a positive number`, fix: 'e.g. --max-doc-mb 20' }, 2);
  }
  return {
    format: flags.inputFormat,
    maxDocBytes: Math.round(mb * 1024 * 1024),
    ...(flags.columns ? { columns: parseColumnsFlag(flags.columns) } : {}),
  };
}

export interface RunTally {
  documents: number;
  problems: number;
  /** Documents passed over because the store holds them exactly as they are. */
  unchanged?: number;
}

export interface RecordsOptions {
  /** Picks documents by position (for sharded ingest); documents not taken are not analysed. */
  take?: (position: number) => boolean;
  /** Documents to pass over unanalysed (already stored as they are). */
  skip?: (doc: Doc) => Promise<boolean>;
  /** Counts bad items without printing them (every shard but the first reads the same inputs). */
  quiet?: boolean;
}

/** The records of every readable document (as objects or JSON lines, see `Analysed`); problems go to standard error as one line each. */
export async function* records(inputs: string[], flags: InputFlags, tally: RunTally, { take, skip, quiet }: RecordsOptions = {}): AsyncGenerator<Analysed> {
  const { totalBytes, items } = readInputs(inputs, readOptions(flags));
  const threads = threadCount(flags.threads, totalBytes);
  const bar = progress(totalBytes, flags.progress && process.stderr.isTTY === true);
  let position = 0;
  /** The documents to analyse; problems are reported and counted as they are met. */
  async function* docs(): AsyncGenerator<Doc> {
    for await (const item of items) {
      if (item.kind === 'problem') {
        tally.problems++;
        bar.tick(item.bytes, 0);
        if (!quiet) process.stderr.write(`sitrep: skipped ${formatProblem(item.problem)}\n`);
        continue;
      }
      if (take && !take(position++)) { bar.tick(item.bytes, 0); continue; }
      tally.documents++;
      bar.tick(item.bytes);
      const doc = toDoc(item.doc);
      if (skip && (await skip(doc))) { tally.unchanged = (tally.unchanged ?? 0) + 1; continue; }
      yield doc;
    }
  }
  // With threads, records still come out in input order.
  const pool = threads > 1 ? new ExtractPool(threads) : null;
  try {
    if (pool) yield* pool.extractAll(docs());
    else for await (const batch of batches(docs())) for (const record of extractBatch(batch)) yield Analysed.fromRecord(record);
  } finally {
    bar.stop();
    await pool?.close();
  }
}

/** Throws when a run read nothing at all, so that the command exits non-zero. */
export function requireSomeDocuments(tally: RunTally, inputs: string[]): void {
  if (tally.documents === 0) {
    throw new UserError({
      file: inputs.join(' '),
      message: tally.problems ? `no document could be read (${count(tally.problems, 'problem')} above)` : 'no documents found',
      fix: 'see the messages above',
    });
  }
}
