/**
 * Stage 3, claims: each statement of fact in the body, with who stands
 * behind it (`source`), how it is attributed and how sure it is.
 *
 * Steps, in order: 01 clauses → 02 speakers (used by the frame steps) →
 * 03 speech frames → 04 impersonal frames → 05 quotation frames →
 * 06 speakers named after their role → 07 certainty. Helpers:
 * `subject-chunk.ts`. Lexicons: `speech-verbs.ts`, `source-nouns.ts`,
 * `certainty-lexicon.ts`.
 *
 * @example
 *   const claims = findClaims(doc, segmentation, entities);
 *   claims[0] // => { id: 'c1', start, end, source: 'media:reuters', attribution: 'according_to', certainty: 'asserted', cues: [...] }
 *   claimAt(claims, event) // => the claim an event is stated in
 */
import type { Claim, ClaimCue, Doc, Span } from '../../core/record.js';
import { lastStartingAt } from '../../core/spans.js';
import type { Segmentation } from '../1-segment/index.js';
import type { EntityFindings } from '../2-entities/index.js';
import { clauses, type Clause } from './01-clauses.js';
import { Speakers } from './02-speakers.js';
import { verbFrames, type Frame } from './03-frames.js';
import { impersonalFrame } from './04-impersonal.js';
import { innermost, QuoteFrames } from './05-quotes.js';
import { nameRoleSpeakers, type Attributed } from './06-role-speakers.js';
import { certaintyOf } from './07-certainty.js';

/** The frame that attributes a clause (its quotation's speaker, else its own nearest frame), and all its frames. */
function framesOf(text: string, c: Clause, quoteFrame: Frame | null | undefined, speakers: Speakers): { frame: Frame | null; frames: Frame[] } {
  // Inside a quotation every word is the speaker's; outside it, verbs in embedded quotations are not frames.
  const skip = c.quote ? [] : c.quotes;
  const frames = verbFrames(text, c, skip, speakers);
  return { frame: frameOf(text, c, quoteFrame, frames, speakers), frames };
}

function frameOf(text: string, c: Clause, quoteFrame: Frame | null | undefined, frames: Frame[], speakers: Speakers): Frame | null {
  const impersonal = impersonalFrame(text, c, c.quote ? [] : c.quotes, speakers);
  // The quotation's own speaker; a block quotation that names its speaker inside ("X told Y, …") falls back to that.
  const own = (c.quote ? quoteFrame : null) ?? innermost(frames);
  // Rumours and "it was reported" outweigh the writer's own voice, even when the writer quotes themself.
  if (impersonal && (!own || own.speaker.source === 'author')) return impersonal;
  if (own && c.quote && quoteFrame === own) return { ...own, attribution: 'direct_quote' };
  // Quoted words with no speaker in sight are still someone else's words: a quotation from no one named.
  if (!own && c.quote) {
    const mark = { start: c.quote.start, end: c.quote.start + 1 };
    return { attribution: 'direct_quote', speaker: { source: 'unnamed', how: 'unknown' }, verb: 'speech', cue: mark, place: 'pre' };
  }
  return own;
}

export function findClaims(doc: Doc, seg: Segmentation, ents: EntityFindings): Claim[] {
  const text = doc.text;
  const speakers = new Speakers(text, ents, seg.quotes, seg.sentences);
  const byQuote = new QuoteFrames(text, seg, speakers);
  const out: Attributed[] = [];
  // "X said that A, while B": B is still X's, so a later clause of a sentence keeps the frame that opened it;
  // after "but" or "yet" the writer often speaks again ("…, but the claim could not be verified"), so there it does not.
  let opening = null as { sentence: Span; frame: Frame } | null; // "as": assigned in the loop, which narrowing does not follow
  for (const c of clauses(text, seg)) {
    const { frame: found, frames } = framesOf(text, c, c.quote ? byQuote.of(c.quote) : undefined, speakers);
    const contrast = /^(?:but|yet)\b/i.test(text.slice(c.start, c.start + 4));
    // "… said A and denied B": the second verb's subject is the first one's, so its speaker is; where the first
    // clause was the writer's ("Russia has not acknowledged A and dismisses B"), the second is the writer's too.
    const previous = out[out.length - 1];
    const andClause = /^and\s/i.test(text.slice(c.start, c.start + 4)) && previous !== undefined && previous.claim.end <= c.start && c.sentence.start <= previous.claim.start;
    const own: Frame | null = !andClause || !found ? found : opening?.sentence === c.sentence ? { ...found, speaker: opening.frame.speaker } : null;
    const carried: Frame | null = !own && !c.quote && !contrast && opening?.sentence === c.sentence ? opening.frame : null;
    const frame: Frame | null = own ?? carried;
    if (frame?.place === 'pre' && opening?.sentence !== c.sentence) opening = { sentence: c.sentence, frame };
    const source = frame ? frame.speaker.source : 'author';
    if (frame && !c.quote && !carried) speakers.spoke(source, frame.cue.start);
    const sure = certaintyOf(text.slice(c.start, c.end), frame, c.start);
    // fields written, not spread in: a spread that adds properties is slow in V8, and this runs per clause
    const cues: ClaimCue[] = [];
    if (frame) cues.push({ kind: 'attribution', start: frame.cue.start, end: frame.cue.end });
    if (sure.cue) cues.push({ kind: 'certainty', start: c.start + sure.cue.start, end: c.start + sure.cue.end });
    const claim: Claim = {
      id: `c${out.length + 1}`,
      start: c.start,
      end: c.end,
      source,
      attribution: frame && source !== 'author' ? frame.attribution : 'unattributed',
      certainty: sure.certainty,
    };
    if (cues.length) claim.cues = cues;
    out.push({ claim, frame, frames });
  }
  return nameRoleSpeakers(out, speakers);
}

/** The claim that contains a span (the narrowest one), or null. Claims come in text order, so a binary search finds it. */
export function claimAt(claims: readonly Claim[], span: Span): Claim | null {
  const last = lastStartingAt(claims, span.start);
  let best: Claim | null = null;
  // Walk back over the claims that start before the span; claims do not nest, so this stops at once in practice.
  for (let i = last; i >= 0 && i >= last - 8; i--) {
    const c = claims[i]!;
    if (span.end <= c.end && (!best || c.end - c.start < best.end - best.start)) best = c;
  }
  return best;
}
