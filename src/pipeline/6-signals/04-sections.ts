/**
 * Step 4: where each signal stands, so that a reader's comment is never
 * taken for the article's rhetoric: `article` before the body ends,
 * else the kind of the tail segment it falls in (`comment`,
 * `boilerplate`). The comment thread itself becomes one
 * `comment_section` signal over each run of comment segments.
 *
 * @example
 *   placed(signals, seg) // => [{ kind: 'name_calling', start: 6012, end: 6030, section: 'comment' }, …]
 */
import type { Signal, SignalKind, SignalSection, Span } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';

function sectionAt(seg: Segmentation, at: number): SignalSection {
  if (at < seg.bodyEnd) return 'article';
  const part = seg.segments.find((s) => (s.kind === 'comment' || s.kind === 'boilerplate') && s.start <= at && at < s.end);
  return part?.kind === 'boilerplate' ? 'boilerplate' : 'comment';
}

/** One span over each run of adjacent comment segments. */
export function commentThreads(seg: Segmentation): Span[] {
  const runs: Span[] = [];
  const parts = seg.segments.filter((s) => s.start >= seg.bodyEnd).sort((a, b) => a.start - b.start);
  for (const s of parts) {
    const last = runs[runs.length - 1];
    if (s.kind !== 'comment') continue;
    const between = parts.some((p) => p.kind !== 'comment' && last && p.start >= last.end && p.end <= s.start);
    if (last && !between) last.end = Math.max(last.end, s.end);
    else runs.push({ start: s.start, end: s.end });
  }
  return runs;
}

export function placed(found: readonly (Span & { kind: SignalKind })[], seg: Segmentation): Signal[] {
  const threads = commentThreads(seg).map((t) => ({ kind: 'comment_section' as const, ...t }));
  return [...found, ...threads]
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ kind: s.kind, start: s.start, end: s.end, section: sectionAt(seg, s.start) }));
}
