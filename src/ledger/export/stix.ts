/**
 * The ledger as a STIX 2.1 bundle that OpenCTI or MISP can import: each
 * happening an `incident`, each actor an `identity` (class `group`), each
 * place a `location`, each outlet's report a `report` object, tied by
 * `relationship`s. Ids are deterministic (UUIDv5-shaped from content), so
 * exporting twice gives the same bundle.
 *
 * @example
 *   JSON.parse(stix(ledger)).type // => 'bundle'
 */
import { digest } from '../../core/ids.js';
import type { Ledger } from '../types.js';
import { namer, outletsOf, toll } from './names.js';

/** A UUID (version 5 layout) derived from the input, so ids are stable across exports. */
function uuid(...parts: string[]): string {
  const h = digest('sitrep-stix', ...parts);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function stix(ledger: Ledger): string {
  const name = namer(ledger);
  const now = ledger.builtAt;
  const common = { spec_version: '2.1', created: now, modified: now };
  const objects: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  const once = (o: Record<string, unknown>) => {
    if (!seen.has(o.id as string)) { seen.add(o.id as string); objects.push(o); }
    return o.id as string;
  };
  const actorId = (key: string) => once({ type: 'identity', id: `identity--${uuid('actor', key)}`, ...common, name: name(key), identity_class: 'group' });
  for (const e of ledger.events) {
    const incident = once({
      type: 'incident', id: `incident--${uuid('event', e.id)}`, ...common,
      name: `${e.type}${e.mode ? ` (${e.mode})` : ''}${e.place ? ` at ${e.place.name}` : ''}${e.dateFirst ? ` on ${e.dateFirst}` : ''}`,
      description: `${name(e.actor) || 'unknown actor'} → ${name(e.target) || 'unknown target'}; killed: ${toll(e) ?? 'not stated'}; ` +
        `reported by ${outletsOf(e.reports).join(', ')}${e.contradictions.length ? `; contradictions: ${e.contradictions.map((c) => c.kind).join(', ')}` : ''}`,
      labels: [e.type.toLowerCase(), ...(e.mode ? [e.mode] : [])],
    });
    const rel = (kind: string, target: string) => once({ type: 'relationship', id: `relationship--${uuid(kind, incident, target)}`, ...common, relationship_type: kind, source_ref: incident, target_ref: target });
    if (e.actor) rel('attributed-to', actorId(e.actor));
    if (e.target) rel('targets', actorId(e.target));
    if (e.place?.lat != null && e.place.lon != null) {
      rel('located-at', once({ type: 'location', id: `location--${uuid('place', e.place.id)}`, ...common, name: e.place.name,
        latitude: e.place.lat, longitude: e.place.lon, ...(e.place.admin1 ? { region: e.place.admin1 } : {}) }));
    }
    for (const outlet of outletsOf(e.reports)) {
      once({ type: 'report', id: `report--${uuid('report', e.id, outlet)}`, ...common, name: `${outlet} on ${e.type.toLowerCase()} ${e.dateFirst ?? ''}`.trim(),
        published: `${e.reports.find((r) => r.outlet === outlet)?.published ?? now.slice(0, 10)}T00:00:00Z`,
        report_types: ['threat-report'], object_refs: [incident] });
    }
  }
  return JSON.stringify({ type: 'bundle', id: `bundle--${uuid('bundle', ...ledger.events.map((e) => e.id))}`, objects }, null, 1) + '\n';
}
