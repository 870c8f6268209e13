/** `sitrep stats`: what the database holds. */
import { Command } from 'commander';
import { DEFAULT_DB } from '../../store/index.js';
import { prettyStats } from '../pretty.js';
import { withStore } from '../with-store.js';

export function statsCommand(): Command {
  return new Command('stats')
    .summary('summarise what the database holds')
    .description('Counts of documents and annotations, event types, the most reported entities and the outlets.')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the statistics as JSON')
    .action(async (flags: { db: string; json?: boolean }) => {
      await withStore(flags.db, async (store) => {
      const stats = await store.stats();
      process.stdout.write((flags.json ? JSON.stringify(stats, null, 2) : prettyStats(stats)) + '\n');
      });
    });
}
