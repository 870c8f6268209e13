/** `sitrep search "query"`: full-text search over what was ingested. */
import { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { DEFAULT_DB } from '../../store/index.js';
import { count } from '../pretty.js';
import { withStore } from '../with-store.js';

export function searchCommand(): Command {
  return new Command('search')
    .summary('full-text search over ingested documents')
    .description('Finds ingested documents whose title or text contains every word of the query (words match as prefixes).')
    .argument('<query>', 'words to look for, e.g. "airport Deir"')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('-n, --limit <n>', 'most hits to show', '20')
    .option('--json', 'print hits as JSON Lines')
    .addHelpText('after', '\nExample:\n  $ sitrep search "chemical attack" --db sitrep.db')
    .action(async (query: string, flags: { db: string; limit: string; json?: boolean }) => {
      const limit = Number.parseInt(flags.limit, 10);
      if (!(limit > 0)) throw new UserError({ file: '--limit', message: `"${flags.limit}" is not a positive number`, fix: 'e.g. --limit 10' }, 2);
      await withStore(flags.db, async (store) => {
      const hits = await store.search(query, { limit });
      for (const h of hits) {
        process.stdout.write(flags.json ? JSON.stringify(h) + '\n'
          : `${h.title ?? '(no title)'}\n  ${h.source} · ${h.published ?? 'date unknown'} · ${h.id}\n  ${h.snippet.replace(/\s+/g, ' ')}\n`);
      }
      if (!flags.json) process.stderr.write(`${count(hits.length, 'document')} found\n`);
      });
    });
}
