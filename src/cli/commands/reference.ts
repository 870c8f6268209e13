/**
 * `sitrep reference load FILE` reads a UCDP GED or ACLED CSV into the
 * database; `sitrep reference check` links the ledger's events to it and
 * reports, per outlet and per article, where toll, date, place and actors
 * agree or disagree.
 */
import { Command } from 'commander';
import { DEFAULT_CLUSTER } from '../../ledger/build/index.js';
import { checkAgainstReference, ASPECTS, type Tally } from '../../ledger/reference/link.js';
import { readReference } from '../../ledger/reference/load.js';
import { DEFAULT_DB, openStore } from '../../store/index.js';
import { withStore } from '../with-store.js';
import { currentLedger } from './ledger.js';

const cell = (t: Tally, a: (typeof ASPECTS)[number]) => `${t[a].agree}/${t[a].agree + t[a].disagree}`;

export function referenceCommand(): Command {
  const ref = new Command('reference').summary('load reference event data (UCDP GED, ACLED) and check the ledger against it');
  ref.command('load')
    .description('Reads a UCDP GED or ACLED CSV export (recognised from its header) into the database.')
    .argument('<file>', 'CSV file')
    .option('--db <path>', 'database (SQLite file or postgres:// URL)', DEFAULT_DB)
    .addHelpText('after', '\nExample:\n  $ sitrep reference load ../shared/reference/ucdp/ged231_syria_sample.csv --db fakes.db')
    .action(async (file: string, flags: { db: string }) => {
      const { format, events, skipped } = await readReference(file);
      const store = await openStore(flags.db);
      try {
        const r = await store.putReference(events);
        process.stderr.write(`sitrep: ${format.toUpperCase()} file: ${r.added} events added, ${r.unchanged} already stored${skipped ? `, ${skipped} rows without id or date skipped` : ''}\n`);
      } finally {
        await store.close();
      }
    });
  ref.command('check')
    .description('Links each ledger event to the nearest reference event (dates within --days, places within --km or the same governorate) and compares each report with it. Agreement is shown as agreeing/judged per aspect.')
    .option('--db <path>', 'database (SQLite file or postgres:// URL)', DEFAULT_DB)
    .option('--days <n>', 'most days between an event and a reference event', String(DEFAULT_CLUSTER.days))
    .option('--km <n>', 'most kilometres between them', String(DEFAULT_CLUSTER.km))
    .option('--json', 'print every report check as JSON')
    .action(async (flags: { db: string; days: string; km: string; json?: boolean }) => {
      await withStore(flags.db, async (store) => {
      const reference = await store.referenceEvents();
      if (!reference.length) process.stderr.write('no reference events stored: run sitrep reference load FILE first\n');
      const result = checkAgainstReference((await currentLedger(store)).events, reference, { days: Number(flags.days), km: Number(flags.km) });
      if (flags.json) { process.stdout.write(JSON.stringify(result) + '\n'); return; }
      process.stdout.write(`${result.reports.length} reports linked to reference events\n\nper outlet: linked · toll · date · place · actors (agreeing/judged)\n`);
      for (const o of result.outlets) process.stdout.write(`  ${o.key.padEnd(28)} ${String(o.linked).padStart(5)} · ${ASPECTS.map((a) => cell(o, a)).join(' · ')}\n`);
      });
    });
  return ref;
}
