/**
 * Builds the ledger from stored records: global entities, one event per
 * happening across articles with its reports, corroboration and
 * contradictions, and the control ledger.
 *
 * Steps, in order: 01 entities → 02 reports → 03 cluster → 04 contradictions → 05 control.
 *
 * @example
 *   const ledger = await buildLedger(store.records());
 *   ledger.events.sort((a, b) => b.corroboration - a.corroboration)[0];
 */
import { digest } from '../../core/ids.js';
import type { ExtractionRecord } from '../../core/record.js';
import type { ControlClaim, Ledger, LedgerEvent } from '../types.js';
import { EntityIndex } from './01-entities.js';
import { reportsOf, type Sighting } from './02-reports.js';
import { cluster, DEFAULT_CLUSTER, type ClusterOptions } from './03-cluster.js';
import { contradictions } from './04-contradictions.js';
import { controlClaims } from './05-control.js';

export { DEFAULT_CLUSTER, type ClusterOptions } from './03-cluster.js';
export { contested } from './05-control.js';
export { entityKey, normName } from './01-entities.js';

const mostCommon = (values: (string | null)[]): string | null => {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
};

function toEvent(group: Sighting[]): LedgerEvent {
  const reports = group.map((s) => s.report);
  const dates = reports.map((r) => r.date).filter((d): d is string => d !== null).sort();
  const tolls = reports.map((r) => r.killed).filter((k): k is number => k !== null);
  const place = group.find((s) => s.place?.lat !== null && s.place !== null)?.place ?? group.find((s) => s.place)?.place ?? null;
  return {
    id: `ev_${digest(...reports.map((r) => `${r.docId}#${r.seq}`).sort()).slice(0, 12)}`,
    type: group[0]!.type,
    mode: mostCommon(group.map((s) => s.mode)),
    dateFirst: dates[0] ?? null,
    dateLast: dates.at(-1) ?? null,
    place,
    actor: mostCommon(reports.map((r) => r.actor)),
    target: mostCommon(reports.map((r) => r.target)),
    corroboration: new Set(reports.map((r) => r.outlet)).size,
    killed: { min: tolls.length ? Math.min(...tolls) : null, max: tolls.length ? Math.max(...tolls) : null },
    reports,
    contradictions: contradictions(reports),
  };
}

export async function buildLedger(records: AsyncIterable<ExtractionRecord> | Iterable<ExtractionRecord>, options: ClusterOptions = DEFAULT_CLUSTER): Promise<Ledger> {
  const entities = new EntityIndex();
  const sightings: Sighting[] = [];
  const control: ControlClaim[] = [];
  for await (const r of records) {
    entities.add(r);
    sightings.push(...reportsOf(r));
    control.push(...controlClaims(r));
  }
  const events = cluster(sightings, options).map(toEvent)
    .sort((a, b) => b.corroboration - a.corroboration || (a.dateFirst ?? '').localeCompare(b.dateFirst ?? '') || a.id.localeCompare(b.id));
  return { builtAt: new Date().toISOString(), events, control, entities: entities.all() };
}
