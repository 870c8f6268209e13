/**
 * Step 4: where the reports of one happening disagree — the toll, who is
 * blamed, whether it happened at all (a denial), and when.
 *
 * @example
 *   contradictions(reports) // => [{ kind: 'toll', values: [{ value: '21', outlets: ['a'] }, { value: '30', outlets: ['b'] }] }]
 */
import type { Contradiction, ContradictionKind, Report } from '../types.js';

const DAY = 86_400_000;

function differing(kind: ContradictionKind, reports: Report[], valueOf: (r: Report) => string | null): Contradiction | null {
  const byValue = new Map<string, { outlets: Set<string>; docs: Set<string> }>();
  for (const r of reports) {
    const v = valueOf(r);
    if (v === null) continue;
    const entry = byValue.get(v) ?? { outlets: new Set(), docs: new Set() };
    entry.outlets.add(r.outlet);
    entry.docs.add(r.docId);
    byValue.set(v, entry);
  }
  if (byValue.size < 2) return null;
  return { kind, values: [...byValue].map(([value, e]) => ({ value, outlets: [...e.outlets].sort(), docs: [...e.docs].sort() })) };
}

export function contradictions(reports: Report[]): Contradiction[] {
  const found = [
    differing('toll', reports, (r) => (r.killed === null ? null : String(r.killed))),
    differing('actor', reports, (r) => r.actor),
    differing('denial', reports, (r) => (r.certainty === 'denied' ? 'denied' : r.certainty === null ? null : 'affirmed')),
  ];
  const dates = reports.map((r) => r.date).filter((d): d is string => d !== null).map((d) => Date.parse(d));
  if (dates.length > 1 && (Math.max(...dates) - Math.min(...dates)) / DAY > 1) found.push(differing('date', reports, (r) => r.date));
  return found.filter((c): c is Contradiction => c !== null);
}
