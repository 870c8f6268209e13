/**
 * What the reading commands (extract, ingest) share: the input options,
 * and a loop that reports each bad item on standard error and yields the
 * analysed records of the good ones.
 *
 * @example
 *   for await (const record of records(inputs, options, report)) …
 */
import { Option, type Command } from 'commander';
import { UserError, formatProblem } from '../core/errors.js';
import type { Doc, ExtractionRecord } from '../core/record.js';
import { extract, toDoc } from '../pipeline/index.js';
import { DEFAULT_MAX_DOC_BYTES, INPUT_FORMATS, parseColumnsFlag, readInputs, type InputFormat, type ReadOptions } from '../readers/index.js';
import { progress } from './progress.js';

export interface InputFlags {
  inputFormat: InputFormat;
  columns?: string;
  maxDocMb: string;
  progress: boolean;
}

/** Adds the input options to a command. */
export function withInputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--input-format <format>', 'how to read every input (auto: by file extension)').choices(INPUT_FORMATS).default('auto'))
    .option('--columns <mapping>', 'CSV/JSONL fields, e.g. text=article_content,title=article_title,date=date,id=unit_id,outlet=source')
    .option('--max-doc-mb <n>', 'largest single document; bigger ones are skipped with a message', String(DEFAULT_MAX_DOC_BYTES / 1024 / 1024))
    .option('--no-progress', 'never show the progress bar (it shows only on a terminal anyway)');
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
}

/** The records of every readable document; problems go to standard error as one line each. */
export async function* records(inputs: string[], flags: InputFlags, tally: RunTally, { take, skip }: RecordsOptions = {}): AsyncGenerator<ExtractionRecord> {
  const { totalBytes, items } = readInputs(inputs, readOptions(flags));
  const bar = progress(totalBytes, flags.progress && process.stderr.isTTY === true);
  let position = 0;
  try {
    for await (const item of items) {
      if (item.kind === 'problem') {
        tally.problems++;
        bar.tick(item.bytes, 0);
        process.stderr.write(`sitrep: skipped ${formatProblem(item.problem)}\n`);
        continue;
      }
      if (take && !take(position++)) { bar.tick(item.bytes, 0); continue; }
      tally.documents++;
      bar.tick(item.bytes);
      const doc = toDoc(item.doc);
      if (skip && (await skip(doc))) { tally.unchanged = (tally.unchanged ?? 0) + 1; continue; }
      yield extract(doc);
    }
  } finally {
    bar.stop();
  }
}

/** Throws when a run read nothing at all, so that the command exits non-zero. */
export function requireSomeDocuments(tally: RunTally, inputs: string[]): void {
  if (tally.documents === 0) {
    throw new UserError({
      file: inputs.join(' '),
      message: tally.problems ? `no document could be read (${tally.problems} problem${tally.problems > 1 ? 's' : ''} above)` : 'no documents found',
      fix: 'see the messages above',
    });
  }
}
