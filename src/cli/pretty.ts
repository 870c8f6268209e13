/**
 * Human-readable renderings of records and store statistics for the
 * terminal (`--format pretty`, `sitrep stats`, `npm start`).
 *
 * @example
 *   console.log(prettyRecord(record));
 */
import type { ExtractionRecord } from '../core/record.js';
import type { StoreStats } from '../store/index.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function prettyRecord(r: ExtractionRecord): string {
  const t = r.doc.text;
  const lines = [
    `■ ${r.doc.title ?? '(no title)'}`,
    `  ${r.doc.source} · ${r.doc.published ?? 'date unknown'}${r.doc.outlet ? ` · ${r.doc.outlet}` : ''} · ${r.doc.id}`,
    `  ${r.paragraphs.length} paragraphs, ${r.sentences.length} sentences; ` +
      r.segments.filter((s) => s.kind !== 'body').map((s) => `${s.kind} ${s.start}–${s.end}`).join(', '),
  ];
  if (r.entities.length) {
    lines.push('  entities:');
    for (const e of r.entities) {
      const where = e.admin1 ? ` (${e.admin1}${e.country ? `, ${e.country}` : ''})` : e.country ? ` (${e.country})` : '';
      lines.push(`    ${e.type.padEnd(8)} ${e.name}${where} ×${e.mentions.length}`);
    }
  }
  const name = (id: string | null) => (id ? r.entities.find((e) => e.id === id)?.name ?? id : '—');
  if (r.events.length) {
    lines.push('  events:');
    for (const e of r.events) {
      const cas = e.casualties ? ' ' + Object.entries(e.casualties).filter(([, v]) => v != null).map(([k, v]) => `${k}=${v}`).join(' ') : '';
      lines.push(`    ${e.type}${e.mode ? `/${e.mode}` : ''} ${name(e.actor)} → ${name(e.target)} @ ${name(e.place)} ${e.date ?? ''}${cas}`);
      lines.push(`      “${clip(oneLine(t.slice(e.start, e.end)), 90)}”`);
    }
  }
  if (r.relations.length) {
    lines.push('  relations:');
    for (const rel of r.relations) lines.push(`    ${name(rel.subject)} ${rel.type} ${name(rel.object)}`);
  }
  if (r.claims.length) {
    lines.push(`  claims: ${r.claims.length}`);
    for (const c of r.claims.slice(0, 8)) {
      lines.push(`    [${c.attribution}, ${c.certainty}] ${name(c.source)}: “${clip(oneLine(t.slice(c.start, c.end)), 80)}”`);
    }
  }
  if (r.signals.length) {
    lines.push('  signals:');
    for (const s of r.signals) lines.push(`    ${s.kind}: “${clip(oneLine(t.slice(s.start, s.end)), 70)}”`);
  }
  for (const w of r.warnings) lines.push(`  ! ${w}`);
  return lines.join('\n');
}

/** "1 event", "2 events", "1 entity", "3 entities". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function prettyStats(s: StoreStats): string {
  const c = s.counts;
  const lines = [
    `${count(s.documents, 'document')}${s.published.first ? `, published ${s.published.first} to ${s.published.last}` : ''}`,
    `${count(c.entities, 'entity', 'entities')} (${count(c.mentions, 'mention')}), ${count(c.events, 'event')}, ${count(c.relations, 'relation')}, ${count(c.claims, 'claim')}, ${count(c.signals, 'signal')}, ${count(c.segments, 'segment')}`,
  ];
  if (s.eventTypes.length) lines.push(`events by type: ${s.eventTypes.map((e) => `${e.type} ${e.count}`).join(', ')}`);
  if (s.topEntities.length) lines.push(`most reported: ${s.topEntities.map((e) => `${e.name} (${e.type}, ${count(e.documents, 'doc')})`).join('; ')}`);
  if (s.outlets.length) lines.push(`outlets: ${s.outlets.map((o) => `${o.outlet} ${o.documents}`).join(', ')}`);
  return lines.join('\n');
}
