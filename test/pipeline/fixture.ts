/**
 * Test fixture: a document from a few sentences written for the test, and
 * hand-made entity findings (every occurrence of each given name becomes a
 * mention), so the claim and signal stages can be tested without stage 2.
 *
 * @example
 *   const { doc, seg, ents } = fixture('Lena Ortiz said it rained.', { 'Lena Ortiz': 'person' });
 */
import type { Doc, Entity, EntityType } from '../../src/core/record.js';
import { segment } from '../../src/pipeline/1-segment/index.js';
import type { EntityFindings, EntityMention } from '../../src/pipeline/2-entities/index.js';

export const idOf = (name: string, type: EntityType) => `${type}:${name.toLowerCase().replace(/\W+/g, '-')}`;

export function entitiesIn(text: string, names: Record<string, EntityType>): EntityFindings {
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  for (const [name, type] of Object.entries(names)) {
    const id = idOf(name, type);
    const own: Entity['mentions'] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      mentions.push({ entityId: id, type, start: at, end: at + name.length });
      own.push({ start: at, end: at + name.length, text: name });
    }
    entities.push({ id, name, type, mentions: own });
  }
  return { entities, mentions: mentions.sort((a, b) => a.start - b.start) };
}

export function fixture(text: string, names: Record<string, EntityType> = {}) {
  const doc: Doc = { id: 't', source: 't.txt', title: null, published: null, text };
  return { doc, seg: segment(doc), ents: entitiesIn(text, names) };
}
