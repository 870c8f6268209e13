/**
 * Step 6: a speaker introduced by role and named right after. Reports
 * often write "a senior aide to the president said …" and then, a sentence
 * on, "“…,” Jana Novak said": the aide is Jana Novak. A claim whose
 * speaker is described by role takes the first person named as a speaker
 * later in its own clause or in the next two clauses (close by); a source
 * described as "a source" or "officials" is left unnamed on purpose.
 *
 * @example
 *   nameRoleSpeakers(attributed, speakers) // the aide's claim now has source 'person:jana-novak'
 */
import type { Claim } from '../../core/record.js';
import type { Speakers } from './02-speakers.js';
import type { Frame } from './03-frames.js';

export interface Attributed {
  claim: Claim;
  frame: Frame | null;
  /** Every frame found in the clause, the chosen one included. */
  frames: Frame[];
}

const LOOK_AHEAD = 2;
const NEAR = 400;

export function nameRoleSpeakers(list: readonly Attributed[], speakers: Speakers): Claim[] {
  return list.map((a, i) => {
    if (a.frame?.speaker.how !== 'role') return a.claim;
    const later = [
      ...a.frames.filter((f) => f.cue.start > a.frame!.cue.start),
      ...list.slice(i + 1, i + 1 + LOOK_AHEAD).filter((b) => b.claim.start - a.claim.end <= NEAR).flatMap((b) => (b.frame ? [b.frame] : [])),
    ];
    const named = later.find((f) => f.speaker.how === 'entity' && speakers.isPerson(f.speaker.source));
    return named ? { ...a.claim, source: named.speaker.source } : a.claim;
  });
}
