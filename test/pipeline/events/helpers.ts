/**
 * Runs the event stage on a short text with hand-made entities, so the
 * tests check the event stage alone, whatever stage 2 finds.
 *
 * @example
 *   const events = eventsOf('Rebels shelled Hama.', { Rebels: 'actor', Hama: 'place' });
 */
import type { Claim, Entity, EntityType, SitEvent } from '../../../src/core/record.js';
import { segment } from '../../../src/pipeline/1-segment/index.js';
import type { EntityFindings, EntityMention } from '../../../src/pipeline/2-entities/index.js';
import { findEvents } from '../../../src/pipeline/4-events/index.js';
import { toDoc } from '../../../src/pipeline/index.js';

/** Each name's type; the id is the name in lower case, so tests can say `actor: 'rebels'`. */
export type Names = Record<string, EntityType | [EntityType, string]>;

export function entitiesOf(text: string, names: Names): EntityFindings {
  const mentions: EntityMention[] = [];
  const entities: Entity[] = [];
  // Longest names first, so "Red Army" is not also "Red".
  for (const name of Object.keys(names).sort((a, b) => b.length - a.length)) {
    const spec = names[name]!;
    const [type, admin1] = Array.isArray(spec) ? spec : [spec, undefined];
    const id = name.toLowerCase();
    const found: EntityMention[] = [];
    const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    for (const m of text.matchAll(re)) {
      const at = { start: m.index, end: m.index + name.length };
      if (mentions.some((x) => x.start < at.end && at.start < x.end)) continue;
      found.push({ entityId: id, type, ...at });
    }
    if (!found.length) continue;
    mentions.push(...found);
    entities.push({ id, name, type, mentions: found.map((f) => ({ ...f, text: name })), ...(admin1 ? { admin1 } : {}) });
  }
  return { entities, mentions: mentions.sort((a, b) => a.start - b.start) };
}

export function eventsOf(text: string, names: Names = {}, options: { published?: string; title?: string; claims?: Claim[]; unreal?: 'keep' | 'drop' } = {}): SitEvent[] {
  const doc = { ...toDoc({ source: 't.txt', title: options.title ?? null, published: options.published ?? null, text }) };
  return findEvents(doc, segment(doc), entitiesOf(text, names), options.claims ?? [], { unreal: options.unreal ?? 'keep' });
}

/** The one event of a type, or undefined. */
export const first = (events: SitEvent[], type: string) => events.find((e) => e.type === type);
