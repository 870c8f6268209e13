/**
 * Step 4, certainty: how sure the text is that the event happened. The
 * event's own words decide first ("did not strike" is denied, "could
 * strike" or "if they attack" conditional, "reportedly struck" hedged, a
 * question questioned); otherwise the claim it is stated in decides,
 * unless the event is the very act of saying (a rejection, an accusation).
 * Nothing is dropped: a denied attack stays, marked denied.
 *
 * @example
 *   // "The ministry denied that its jets bombed the market." → certainty 'denied'
 *   const marked = assignCertainty(text, drafts, claims);
 */
import type { Certainty, Claim } from '../../core/record.js';
import { claimAt } from '../3-claims/index.js';
import type { Draft } from './draft.js';

const NEGATED = /\b(?:not|never|no|n['’]t|denied|denies|deny|denying|rejected claims?)\b(?:\s+[\w’'-]+){0,4}\s*$/i;
// Not "would": in reports it is mostly a past habit ("they would capture and execute them") or reported future.
// "in May", "May 25": the month, not the modal. The lookbehind comes after "may": before it, it would be tried at every character.
const CONDITIONAL = /\b(?:if|unless|could|may(?<!\b(?:in|on|since|until|early|late|mid|of|last|by|from|and)[\s-]may)(?!\s+\d)|might|should|possible|possibly|potential|likely to|threat of|risk of|fears? of)\b(?:\s+[\w’'-]+){0,5}\s*$/i;
// "If the Kurds head north…", "…if it is Syria that first gains control": an if-clause still open at the trigger.
const IF_CLAUSE = /\b(?:if|unless|whether)\b[^,;]*$/i;
// "did not comment on", "no group has claimed": a word about the event withheld, which denies nothing
const UNSAID = /\b(?:(?:not|never|n['’]t|declined to|refused to)\s+(?:immediately\s+)?(?:comment|confirm|say|respond|elaborate|disclose|specify|mention|give details|detail|discuss|claim)\w*|no\s+(?:\w+\s+){0,3}claimed)\b/i;
const HEDGED = /\b(?:reportedly|allegedly|apparently|purportedly|said to|believed to|appears?|seem(?:s|ed)?|rumou?rs?|unconfirmed|suspected)\b/i;

/** The event's own certainty from the words around its trigger, or null when they say nothing. */
export function localCertainty(text: string, d: Draft): Certainty | null {
  const before = text.slice(Math.max(d.sentence.start, d.start - 50), d.start);
  // "did not comment on the raid" withholds a word about the raid; it does not deny it
  if (NEGATED.test(before) && !UNSAID.test(before)) return 'denied';
  // A threat is about the future by nature; its modal is its content, not a doubt.
  if (d.type !== 'THREATEN' && (CONDITIONAL.test(before) || IF_CLAUSE.test(text.slice(d.sentence.start, d.start)))) return 'conditional';
  if (HEDGED.test(text.slice(Math.max(d.sentence.start, d.start - 60), Math.min(d.sentence.end, d.end + 20)))) return 'hedged';
  if (/\?\s*["”’]?\s*$/.test(text.slice(d.end, d.sentence.end))) return 'questioned';
  return null;
}

export function assignCertainty(text: string, drafts: readonly Draft[], claims: readonly Claim[]): Draft[] {
  return drafts.map((d) => {
    const claim = claimAt(claims, d);
    // "The rebels rejected the accusation": the rejecting happened; the claim's doubt is about what is said, not the saying.
    const saying = claim?.cues?.some((c) => c.start < d.end && d.start < c.end) ?? false;
    return { ...d, certainty: localCertainty(text, d) ?? (saying ? 'asserted' : claim?.certainty) ?? 'asserted' };
  });
}
