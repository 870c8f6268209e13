/**
 * What a relation rule finds in one sentence: a typed tie between two
 * mentioned entities, with the words that state it.
 *
 * @example
 *   const backs: Rule = { cue: /backed/i, find: (s) => [{ type: 'backs', subject: usMention, object: sdfMention, start, end }] };
 */
import type { RelationType } from '../../core/record.js';
import type { EntityMention } from '../2-entities/index.js';
import type { Sentence } from './sentence.js';

export interface Found {
  type: RelationType;
  subject: EntityMention;
  object: EntityMention;
  /** The words that state it. */
  start: number;
  end: number;
}

export interface RuleContext {
  /** The sentences before this one, nearest last (for "them", "it"). */
  previous: readonly Sentence[];
}

/**
 * A relation rule. Most sentences state no tie at all, so each rule names
 * the words without which it cannot fire (`cue`, or null when it has no
 * cheaper test than itself); a sentence without them is passed over.
 */
export interface Rule {
  cue: RegExp | null;
  find: (s: Sentence, ctx: RuleContext) => Found[];
}

/** A tie stated between two mentions: the span runs from the first to the last. */
export function tie(type: RelationType, subject: EntityMention, object: EntityMention): Found {
  return { type, subject, object, start: Math.min(subject.start, object.start), end: Math.max(subject.end, object.end) };
}

/** Who "its" or "their" points to: after "and", the name just before ("X and its allies"); otherwise the sentence's subject. */
export function antecedent(s: Sentence, at: number, test: (m: EntityMention) => boolean): EntityMention | undefined {
  const before = s.text.slice(s.span.start, at);
  return /\band\s*$/i.test(before) ? s.nearestBefore(at, test) : s.first((m) => test(m) && m.end <= at);
}
