/**
 * `sitrep ingest <inputs…>`: analyses documents and stores them, one
 * transaction per batch. Re-ingesting the same document stores nothing new;
 * a changed document replaces its old annotations. Ctrl-C stops after the
 * batch in hand is committed, so no document is ever half stored.
 */
import { Command } from 'commander';
import type { ExtractionRecord } from '../../core/record.js';
import { DEFAULT_DB, openStore, type PutResult } from '../../store/index.js';
import { records, requireSomeDocuments, withInputOptions, type InputFlags, type RunTally } from '../inputs.js';
import { prettyStats } from '../pretty.js';

interface IngestFlags extends InputFlags {
  db: string;
  batch: string;
  summary?: boolean;
}

export function ingestCommand(): Command {
  const cmd = new Command('ingest')
    .summary('analyse documents and store them in the database')
    .description('Reads articles, analyses them and stores documents, segments and annotations in a SQLite database\n(with full-text search). Safe to run again: unchanged documents are skipped, changed ones replaced.')
    .argument('<inputs...>', 'files, directories (read recursively) or - for standard input')
    .option('--db <path>', 'SQLite database file (created if missing)', DEFAULT_DB)
    .option('--batch <n>', 'documents per transaction', '200')
    .option('--summary', 'print what the database holds afterwards')
    .addHelpText('after', `
Examples:
  $ sitrep ingest examples/ --db sitrep.db --summary
  $ sitrep ingest ../shared/corpus/fa-kes/fakes.csv --db fakes.db
  $ sitrep search "airport" --db fakes.db`);
  return withInputOptions(cmd).action(async (inputs: string[], flags: IngestFlags) => {
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
      for await (const record of records(inputs, flags, tally)) {
        batch.push(record);
        if (batch.length >= batchSize) await flush();
        if (stopping) break;
      }
      if (batch.length) await flush();
      process.stderr.write(`sitrep: ${total.added} added, ${total.replaced} replaced, ${total.unchanged} unchanged` +
        `${tally.problems ? `, ${tally.problems} skipped` : ''} → ${flags.db}${stopping ? ' (interrupted; what was stored stays stored)' : ''}\n`);
      if (flags.summary) process.stdout.write(prettyStats(await store.stats()) + '\n');
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await store.close();
    }
    if (stopping) process.exitCode = 130;
    else requireSomeDocuments(tally, inputs);
  });
}
