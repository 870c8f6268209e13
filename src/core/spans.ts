/**
 * Lookups in spans sorted by `start` (sentences, paragraphs, claims), by
 * binary search so that a stage asking once per word or per hit stays
 * linear overall.
 *
 * @example
 *   const spans = [{ start: 0, end: 10 }, { start: 12, end: 20 }];
 *   lastStartingAt(spans, 11) // => 0 (the index of the last span starting at or before 11)
 *   firstStartingFrom(spans, 11) // => 1 (the index of the first span starting at or after 11)
 *   spanAt(spans, 11)         // => null (11 falls between the two)
 *   spanAt(spans, 15)         // => { start: 12, end: 20 }
 */
import type { Span } from './record.js';

/** The index of the last span that starts at or before an offset, or -1. */
export function lastStartingAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The index of the first span that starts at or after an offset (the length when none does). */
export function firstStartingFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span that holds an offset, for spans that do not overlap; null when the offset falls between spans. */
export function spanAt<S extends Span>(spans: readonly S[], at: number): S | null {
  const i = lastStartingAt(spans, at);
  const s = i >= 0 ? spans[i]! : null;
  return s && at < s.end ? s : null;
}
