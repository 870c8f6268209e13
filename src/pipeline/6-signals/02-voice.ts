/**
 * Step 2: keeps a hit of an `author` rule only in the writer's own voice:
 * not in a claim that a named speaker stands behind, and not in words the
 * writer quotes inside their own sentence. Claims from no one in
 * particular ("there's a rumour that …", a quotation without a speaker)
 * stay the writer's. The comment thread is all readers' voices, so
 * everything there stays.
 *
 * @example
 *   inOwnVoice(hits, claims, seg) // drops "genocide" from "“This is genocide,” the minister said."
 */
import type { Claim, Span } from '../../core/record.js';
import { spanAt } from '../../core/spans.js';
import type { Segmentation } from '../1-segment/index.js';
import type { Hit } from './01-match.js';

const within = (spans: readonly Span[], at: number) => spans.some((s) => s.start <= at && at < s.end);

export function inOwnVoice(hits: readonly Hit[], claims: readonly Claim[], seg: Segmentation): Hit[] {
  return hits.filter((h) => {
    if (h.rule.voice === 'any' || h.start >= seg.bodyEnd) return true;
    const claim = spanAt(claims, h.start);
    if (claim && claim.source !== 'author' && claim.source !== 'unnamed') return false;
    return !(within(seg.quotes, h.start) && claim?.attribution !== 'direct_quote');
  });
}
