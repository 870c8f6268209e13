/**
 * Stage 3, claims: each statement of fact in the body, with who stands
 * behind it (`source`), how it is attributed and how sure it is.
 *
 * @example
 *   const claims = findClaims(doc, segmentation, entities);
 *   claimAt(claims, event) // => the claim an event is stated in
 */
import type { Claim, Doc, Span } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import type { EntityFindings } from '../2-entities/index.js';

export function findClaims(_doc: Doc, _seg: Segmentation, _ents: EntityFindings): Claim[] {
  return [];
}

/** The claim that contains a span (the narrowest one), or null. */
export function claimAt(claims: readonly Claim[], span: Span): Claim | null {
  let best: Claim | null = null;
  for (const c of claims) {
    if (c.start <= span.start && span.end <= c.end && (!best || c.end - c.start < best.end - best.start)) best = c;
  }
  return best;
}
