/**
 * Stage 7, profile: the credibility profile of a document, built from the
 * claims and signals before it. Shares of claims by source, attribution
 * and certainty; opinion or report; signals per 1,000 words with the
 * comment section kept apart. Every figure lists the claim ids, spans or
 * signal indices it rests on; there is no opaque overall score.
 *
 * Steps, in order: 01 claim shares → 02 signal rates → 03 genre.
 *
 * @example
 *   const p = profile(doc, segmentation, claims, signals);
 *   p.claims.namedSource // => { count: 5, share: 0.417, claims: ['c2', 'c3', …] }
 *   p.genre.kind         // => 'report'
 */
import type { Claim, Doc, Profile, Signal } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import { claimShares } from './01-claim-shares.js';
import { signalRates } from './02-signal-rates.js';
import { genre } from './03-genre.js';

export function profile(doc: Doc, seg: Segmentation, claims: readonly Claim[], signals: readonly Signal[]): Profile {
  const rates = signalRates(doc.text, seg, signals);
  return {
    claims: claimShares(claims),
    genre: genre(doc.text, seg, claims, rates.article),
    signals: rates,
  };
}
