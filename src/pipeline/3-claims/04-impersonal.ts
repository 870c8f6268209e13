/**
 * Step 4: statements handed to no one in particular: "it was reported
 * that", "X is said to", "there are rumours that", "reportedly". The
 * source is `unnamed`, the attribution `according_to`, and the statement
 * hedged; a passive with its agent ("it was reported by Reuters") names
 * the agent instead.
 *
 * @example
 *   impersonalFrame(text, clause, speakers) // "It was reported that the town fell." => { speaker: unnamed, … }
 */
import { alternation, flexibleSpaces } from '../../core/patterns.js';
import type { Span } from '../../core/record.js';
import type { Speakers } from './02-speakers.js';
import type { Frame } from './03-frames.js';

// The word boundary is tested once before all the phrases, not once per phrase: the scan runs over every clause, and this makes it a third faster.
const IMPERSONAL = new RegExp(
  `\\b${alternation(
    [
      '(?:it|this) (?:is|was|has been|had been|is being) (?:\\w+ly )?(?:reported|said|claimed|alleged|believed|rumou?red|thought|understood|suggested|speculated|estimated|feared)\\b',
      '(?:is|are|was|were|has been|have been) (?:\\w+ly )?(?:said|reported|believed|thought|alleged|rumou?red|understood|claimed) to\\b',
      'rumou?r(?:s|ed)?\\b',
      'there (?:are|were|have been|had been|is|was) (?:\\w+ )?(?:reports?|claims?|allegations?|speculation|suggestions?)\\b',
      '(?:reportedly|allegedly|purportedly|supposedly)\\b',
      '(?:word|talk) (?:is|has it)\\b',
      'some (?:say|claim|believe)\\b',
    ].map(flexibleSpaces),
  )}`,
  'i',
);
const AGENT = /^\s+by\s+/i;

/** The impersonal frame of a clause, if it has one; verbs inside `skip` do not count. */
export function impersonalFrame(text: string, clause: Span, skip: readonly Span[], speakers: Speakers): Frame | null {
  const body = text.slice(clause.start, clause.end);
  const m = IMPERSONAL.exec(body);
  if (!m) return null;
  const cue = { start: clause.start + m.index, end: clause.start + m.index + m[0].length };
  if (skip.some((q) => q.start <= cue.start && cue.end <= q.end)) return null;
  const agent = AGENT.exec(text.slice(cue.end, clause.end));
  if (agent) {
    const from = cue.end + agent[0].length;
    const named = speakers.resolve({ start: from, end: Math.min(clause.end, from + 40) });
    if (named.how === 'entity') return { attribution: 'according_to', speaker: named, verb: 'report', cue, place: 'pre' };
  }
  return { attribution: 'according_to', speaker: { source: 'unnamed', how: 'nominal' }, verb: 'impersonal', cue, place: 'pre' };
}
