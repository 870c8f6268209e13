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
import { flexibleSpaces } from '../../core/patterns.js';
import type { Span } from '../../core/record.js';
import type { Speakers } from './02-speakers.js';
import type { Frame } from './03-frames.js';

const IMPERSONAL = new RegExp(
  [
    "\\b(?:it|this)\\s+(?:is|was|has been|had been|is being)\\s+(?:\\w+ly\\s+)?(?:reported|said|claimed|alleged|believed|rumou?red|thought|understood|suggested|speculated|estimated|feared)\\b",
    '\\b(?:is|are|was|were|has been|have been)\\s+(?:\\w+ly\\s+)?(?:said|reported|believed|thought|alleged|rumou?red|understood|claimed)\\s+to\\b',
    '\\brumou?r(?:s|ed)?\\b',
    "\\bthere\\s+(?:are|were|have been|had been|is|was)\\s+(?:\\w+\\s+)?(?:reports?|claims?|allegations?|speculation|suggestions?)\\b",
    '\\b(?:reportedly|allegedly|purportedly|supposedly)\\b',
    "\\b(?:word|talk) (?:is|has it)\\b|\\bsome (?:say|claim|believe)\\b",
  ].map(flexibleSpaces).join('|'),
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
