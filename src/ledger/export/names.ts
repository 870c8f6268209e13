/**
 * Display names for the ledger's entity keys ("actor:syrian government" →
 * "Syrian government"), shared by the exports.
 *
 * @example
 *   const name = namer(ledger); name('actor:isis') // => 'Islamic State'
 */
import type { Ledger, LedgerEvent, Report } from '../types.js';

export function namer(ledger: Ledger): (key: string | null) => string {
  const names = new Map(ledger.entities.map((e) => [e.key, e.name]));
  return (key) => (key === null ? '' : names.get(key) ?? key.replace(/^[a-z]+:/, ''));
}

/** The best-supported toll: the figure most reports give, the higher on a tie. */
export function toll(e: LedgerEvent): number | null {
  const counts = new Map<number, number>();
  for (const r of e.reports) if (r.killed !== null) counts.set(r.killed, (counts.get(r.killed) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

export const outletsOf = (reports: Report[]) => [...new Set(reports.map((r) => r.outlet))].sort();
