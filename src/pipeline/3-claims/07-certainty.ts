/**
 * Step 6: how sure a clause is. In order of strength: a question is
 * `questioned`; a denial (a denying verb, "is not true") `denied`; a hedge
 * word, a contested verb ("claimed", "argue") or an impersonal source
 * `hedged`; a condition ("if true", "unless") `conditional`; else
 * `asserted`. A booster ("there is no chance that …") outweighs the modal
 * that follows it, and plain negation of the content ("no comment was
 * made") stays `asserted`.
 *
 * @example
 *   certaintyOf('The town may have fallen.', null)   // => { certainty: 'hedged', cue: { start: 9, end: 12 } }
 *   certaintyOf('If true, the war is over.', null)   // => { certainty: 'conditional', … }
 */
import type { Certainty, Span } from '../../core/record.js';
import type { Frame } from './03-frames.js';
import { BOOSTER_RE, CONDITIONAL_RE, DENIAL_RE, HEDGE_RE, NOT_A_HEDGE } from './certainty-lexicon.js';

export interface CertaintyFinding {
  certainty: Certainty;
  /** The words that show it, relative to the clause text; null for a plain assertion. */
  cue: Span | null;
}

const QUESTION = /\?[\s"'”’)\]]*$/;

/** The first hedge in a text that is not one of its non-doubt readings. */
export function firstHedge(text: string): Span | null {
  HEDGE_RE.lastIndex = 0;
  for (let m = HEDGE_RE.exec(text); m; m = HEDGE_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (NOT_A_HEDGE.some((x) => x.word.test(m![0]) && x.before.test(before) && x.after.test(after))) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

const at = (m: RegExpExecArray | null): Span | null => (m ? { start: m.index, end: m.index + m[0].length } : null);

/** The certainty of a clause's text, given the frame that attributes it (offsets relative to `text`). */
export function certaintyOf(text: string, frame: Frame | null, clauseStart = 0): CertaintyFinding {
  const rel = (s: Span | null): Span | null => (s ? { start: s.start - clauseStart, end: s.end - clauseStart } : null);
  const q = QUESTION.exec(text);
  if (q) return { certainty: 'questioned', cue: at(q) };
  if (frame?.verb === 'denial') return { certainty: 'denied', cue: rel(frame.cue) };
  const denial = DENIAL_RE.exec(text);
  if (denial) return { certainty: 'denied', cue: at(denial) };
  if (frame?.verb === 'contested' || frame?.verb === 'impersonal') return { certainty: 'hedged', cue: rel(frame.cue) };
  const booster = BOOSTER_RE.exec(text);
  const hedge = firstHedge(booster ? text.slice(0, booster.index) : text);
  if (hedge) return { certainty: 'hedged', cue: hedge };
  const condition = CONDITIONAL_RE.exec(text);
  if (condition) return { certainty: 'conditional', cue: at(condition) };
  return { certainty: 'asserted', cue: null };
}
