/**
 * Step 1: one global entity per real-world thing across documents. Stage 2
 * already resolves spellings inside a document to one canonical name, so
 * across documents an entity is its type and its normalised canonical name.
 *
 * @example
 *   entityKey({ type: 'actor', name: 'Syrian Democratic Forces' }) // => 'actor:syrian democratic forces'
 */
import type { Entity, ExtractionRecord } from '../../core/record.js';
import type { GlobalEntity } from '../types.js';

export const normName = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').replace(/^the /, '').trim();

export const entityKey = (e: Pick<Entity, 'type' | 'name'>) => `${e.type}:${normName(e.name)}`;

/** Accumulates global entities over records, one record at a time. */
export class EntityIndex {
  private readonly byKey = new Map<string, GlobalEntity>();

  add(record: ExtractionRecord): void {
    for (const e of record.entities) {
      const key = entityKey(e);
      const g = this.byKey.get(key) ?? { key, name: e.name, type: e.type, documents: 0, mentions: 0, lat: e.geo?.lat ?? null, lon: e.geo?.lon ?? null, admin1: e.admin1 ?? null };
      g.documents++;
      g.mentions += e.mentions.length;
      this.byKey.set(key, g);
    }
  }

  all(): GlobalEntity[] {
    return [...this.byKey.values()].sort((a, b) => b.documents - a.documents || a.key.localeCompare(b.key));
  }
}
