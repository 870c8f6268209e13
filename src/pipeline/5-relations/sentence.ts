/**
 * One sentence as the relation rules read it: its entity mentions in
 * order, and the words between them. Rules ask "which actor is named just
 * before this word?", "what follows 'backed by'?".
 *
 * @example
 *   const [s] = Sentence.split(text, [span], mentions);
 *   s.after(m)          // the text from the end of mention m to the end of the sentence
 *   s.nearestBefore(at, isActor)
 */
import type { EntityType, Span } from '../../core/record.js';
import { firstStartingFrom } from '../../core/spans.js';
import type { EntityMention } from '../2-entities/index.js';

export const ACTORS: ReadonlySet<EntityType> = new Set(['actor', 'person', 'media']);
/** Who can act: organisations, states named as agents, people, outlets. */
export const isActor = (m: EntityMention) => ACTORS.has(m.type);
/** Organisations and states (not people or outlets). */
export const isGroup = (m: EntityMention) => m.type === 'actor';
/** Places and facilities below the country level. */
export const isPlace = (m: EntityMention) => (m.type === 'place' || m.type === 'facility') && !m.entityId.startsWith('country:');

export class Sentence {
  /** Mentions inside the sentence, by start. */
  readonly mentions: readonly EntityMention[];

  constructor(readonly text: string, readonly span: Span, mentions: readonly EntityMention[]) {
    this.mentions = mentions;
  }

  /** Each sentence with the mentions inside it; one sort and a binary search per sentence, not a scan of every mention. */
  static split(text: string, spans: readonly Span[], all: readonly EntityMention[]): Sentence[] {
    const byStart = [...all].sort((a, b) => a.start - b.start);
    return spans.map((span) => {
      const inside: EntityMention[] = [];
      for (let i = firstStartingFrom(byStart, span.start); i < byStart.length && byStart[i]!.start < span.end; i++) {
        if (byStart[i]!.end <= span.end) inside.push(byStart[i]!);
      }
      return new Sentence(text, span, inside);
    });
  }

  /** Text from the end of a mention to the end of the sentence. */
  after(m: { end: number }): string {
    return this.text.slice(m.end, this.span.end);
  }

  /** Text from the start of the sentence to the start of a mention. */
  before(m: { start: number }): string {
    return this.text.slice(this.span.start, m.start);
  }

  /** The mention named last before an offset, that passes the test. */
  nearestBefore(at: number, test: (m: EntityMention) => boolean): EntityMention | undefined {
    let best: EntityMention | undefined;
    for (const m of this.mentions) if (m.end <= at && test(m)) best = m;
    return best;
  }

  /** The first mention starting at or after an offset, within `reach` characters, that passes the test. */
  nextAfter(at: number, test: (m: EntityMention) => boolean, reach = 60): EntityMention | undefined {
    return this.mentions.find((m) => m.start >= at && m.start - at <= reach && test(m));
  }

  /** The first mention of the sentence that passes the test: usually its subject. */
  first(test: (m: EntityMention) => boolean): EntityMention | undefined {
    return this.mentions.find(test);
  }

  /** Mentions coordinated after `from`: "X, Y and Z" → [X, Y, Z] (the list stops at other words). */
  list(from: EntityMention, test: (m: EntityMention) => boolean): EntityMention[] {
    const out = [from];
    let last = from;
    for (const m of this.mentions) {
      if (m.start < last.end || m === from) continue;
      if (!/^\s*(?:,|and|or|&|as well as|,\s*and)\s*(?:the\s+)?$/i.test(this.text.slice(last.end, m.start))) break;
      if (test(m)) { out.push(m); last = m; }
    }
    return out;
  }
}
