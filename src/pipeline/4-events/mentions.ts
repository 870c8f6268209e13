/**
 * Entity lookups over stage 2's mentions: which entities are named inside
 * a span, found by binary search on the sorted mention list so a lookup
 * costs log(n) plus what it returns.
 *
 * @example
 *   const index = new MentionIndex(entities);
 *   index.within(40, 80)                   // mentions that lie inside [40, 80)
 *   index.within(40, 80, ['place'])        // only places
 */
import type { EntityType } from '../../core/record.js';
import { firstStartingFrom } from '../../core/spans.js';
import type { EntityFindings, EntityMention } from '../2-entities/index.js';

export const AGENT_TYPES: readonly EntityType[] = ['actor', 'person'];
export const PLACE_TYPES: readonly EntityType[] = ['place', 'facility'];

export class MentionIndex {
  private readonly sorted: EntityMention[];
  private readonly unarmed: ReadonlySet<string>;

  constructor(found: EntityFindings) {
    // The contract says sorted; sort a copy anyway, a later stage must not trust more than it needs.
    this.sorted = [...found.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    this.unarmed = found.unarmed ?? new Set();
  }

  /** Whether the entity may carry out an armed act: not an outlet, a monitor or an aid agency. */
  armed(entityId: string): boolean {
    return !this.unarmed.has(entityId);
  }

  /** Mentions lying wholly inside [start, end), optionally of the given types, in text order. */
  within(start: number, end: number, types?: readonly EntityType[]): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = firstStartingFrom(this.sorted, start); i < this.sorted.length; i++) {
      const m = this.sorted[i]!;
      if (m.start >= end) break;
      if (m.end <= end && (!types || types.includes(m.type))) out.push(m);
    }
    return out;
  }
}
