/** `sitrep sources`: each outlet's documents, how its claims are attributed and hedged, and its signal rates. */
import { Command } from 'commander';
import { outletProfiles } from '../../ledger/sources.js';
import { DEFAULT_DB } from '../../store/index.js';
import { withStore } from '../with-store.js';

const pct = (x: number) => `${Math.round(100 * x)}%`.padStart(4);

export function sourcesCommand(): Command {
  return new Command('sources')
    .summary('per outlet: documents, claim attribution and hedging, signal rates')
    .description('The credibility profile of each outlet across its ingested documents: the share of its claims with a named source, unattributed, hedged, and denied or questioned; its rhetorical signals per 1,000 words of article text; and the signals of its reader comments, counted apart. Figures, not a verdict: open the documents to see the spans behind them.')
    .option('--db <path>', 'database (SQLite file or postgres:// URL)', DEFAULT_DB)
    .option('--json', 'print the profiles as JSON')
    .action(async (flags: { db: string; json?: boolean }) => {
      await withStore(flags.db, async (store) => {
      const outlets = await outletProfiles(store.records());
      if (flags.json) { process.stdout.write(JSON.stringify(outlets, null, 2) + '\n'); return; }
      process.stdout.write('outlet                         docs  claims named unattr hedged doubted  signals per 1,000 words\n');
      for (const o of outlets) {
        const sig = Object.entries(o.signalsPer1000).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
        process.stdout.write(`${o.outlet.slice(0, 30).padEnd(30)} ${String(o.documents).padStart(5)} ${String(o.claims).padStart(7)}  ${pct(o.named)}   ${pct(o.unattributed)}   ${pct(o.hedged)}    ${pct(o.doubted)}  ${sig || '—'}${o.commentSignals ? ` (+${o.commentSignals} in comments)` : ''}\n`);
      }
      });
    });
}
