/**
 * `sitrep ledger`: merges what every stored document says into one ledger
 * (one event per happening across articles, corroboration, contradictions,
 * control claims) and prints its headlines. `sitrep control` lists who is
 * said to hold each place, by whom and when.
 */
import { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { buildLedger, contested, DEFAULT_CLUSTER } from '../../ledger/build/index.js';
import { namer, outletsOf } from '../../ledger/export/names.js';
import type { Ledger } from '../../ledger/types.js';
import { DEFAULT_DB, type Store } from '../../store/index.js';
import { withStore } from '../with-store.js';

const positive = (flag: string, v: string) => {
  const n = Number(v);
  if (!(n >= 0)) throw new UserError({ file: flag, message: `"${v}" is not a non-negative number`, fix: `e.g. ${flag} 3` }, 2);
  return n;
};

/** The saved ledger, or a new one built (and saved) when there is none yet. */
export async function currentLedger(store: Store): Promise<Ledger> {
  const saved = await store.loadLedger();
  if (saved) return saved;
  const built = await buildLedger(store.records());
  await store.saveLedger(built);
  return built;
}

export function formatLedger(ledger: Ledger, top: number): string {
  const name = namer(ledger);
  const tolls = ledger.events.filter((e) => e.contradictions.some((c) => c.kind === 'toll'));
  const lines = [
    `${ledger.events.length} events from ${new Set(ledger.events.flatMap((e) => e.reports.map((r) => r.docId))).size} documents; ` +
      `${ledger.events.filter((e) => e.corroboration > 1).length} reported by two or more outlets; ${tolls.length} with conflicting tolls; ` +
      `${ledger.entities.length} entities; ${ledger.control.length} control claims (${contested(ledger.control).length} places contested)`,
    '',
    `Reported by the most outlets:`,
  ];
  for (const e of ledger.events.slice(0, top)) {
    const toll = e.contradictions.find((c) => c.kind === 'toll');
    lines.push(`  ${e.dateFirst ?? '????-??-??'} ${e.type}${e.mode ? `/${e.mode}` : ''} ${name(e.actor) || '—'} → ${name(e.target) || '—'} @ ${e.place?.name ?? '—'}` +
      `${e.place?.admin1 ? ` (${e.place.admin1})` : ''}  [${e.id}]`);
    lines.push(`    ${e.corroboration} outlets: ${outletsOf(e.reports).join(', ')}`);
    if (toll) lines.push(`    tolls disagree: ${toll.values.map((v) => `${v.value} killed (${v.outlets.join(', ')})`).join(' vs ')}`);
    else if (e.killed.max !== null) lines.push(`    killed: ${e.killed.max}`);
    for (const c of e.contradictions.filter((x) => x.kind !== 'toll')) lines.push(`    ${c.kind} disputed: ${c.values.map((v) => `${name(v.value) || v.value} (${v.outlets.join(', ')})`).join(' vs ')}`);
  }
  return lines.join('\n');
}

export function ledgerCommand(): Command {
  return new Command('ledger')
    .summary('merge all stored documents into one ledger of events, with corroboration and contradictions')
    .description('Builds the ledger from every ingested document: one event per happening across articles (same type, dates within --days, places within --km or the same actor), the outlets reporting it, and where they disagree (tolls, actors, denials, dates). Saves it in the database and prints the events reported by the most outlets.')
    .option('--db <path>', 'database (SQLite file or postgres:// URL)', DEFAULT_DB)
    .option('--days <n>', 'most days between two reports of one happening', String(DEFAULT_CLUSTER.days))
    .option('--km <n>', 'most kilometres between two reports of one happening', String(DEFAULT_CLUSTER.km))
    .option('--top <n>', 'how many events to list', '5')
    .option('--json', 'print the whole ledger as JSON')
    .addHelpText('after', '\nExamples:\n  $ sitrep ingest fakes.csv --db fakes.db && sitrep ledger --db fakes.db --top 10\n  $ sitrep ledger --db fakes.db --json > ledger.json')
    .action(async (flags: { db: string; days: string; km: string; top: string; json?: boolean }) => {
      await withStore(flags.db, async (store) => {
      const ledger = await buildLedger(store.records(), { days: positive('--days', flags.days), km: positive('--km', flags.km) });
      await store.saveLedger(ledger);
      process.stdout.write(flags.json ? JSON.stringify(ledger) + '\n' : formatLedger(ledger, positive('--top', flags.top)) + '\n');
      });
    });
}

export function controlCommand(): Command {
  return new Command('control')
    .summary('who is said to hold each place, by whom, since when')
    .description('The control ledger: every statement that an actor holds a place or facility, grouped by place in date order, with the outlet that says so. Contested places (different holders) come first.')
    .option('--db <path>', 'database (SQLite file or postgres:// URL)', DEFAULT_DB)
    .option('--place <name>', 'only places whose name contains this')
    .action(async (flags: { db: string; place?: string }) => {
      await withStore(flags.db, async (store) => {
      const ledger = await currentLedger(store);
      const name = namer(ledger);
      const byPlace = new Map<string, typeof ledger.control>();
      for (const c of ledger.control) byPlace.set(c.place, [...(byPlace.get(c.place) ?? []), c]);
      const contestedPlaces = new Set(contested(ledger.control).map((c) => c.place));
      const places = [...byPlace.keys()].filter((p) => !flags.place || name(p).toLowerCase().includes(flags.place.toLowerCase()))
        .sort((a, b) => Number(contestedPlaces.has(b)) - Number(contestedPlaces.has(a)) || a.localeCompare(b));
      for (const p of places) {
        process.stdout.write(`${name(p)}${contestedPlaces.has(p) ? '  (contested)' : ''}\n`);
        for (const c of byPlace.get(p)!) process.stdout.write(`  ${c.date ?? '????-??-??'}  ${name(c.holder)}  — ${c.outlet}\n`);
      }
      if (!places.length) process.stderr.write('no control claims found\n');
      });
    });
}
