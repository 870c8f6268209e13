/**
 * Step 2: signals per 1,000 words, the article's and the comment
 * section's apart, each listing the indices (into the record's `signals`)
 * of the signals it counts, by kind. The `comment_section` marker itself is
 * not counted as rhetoric; boilerplate (fundraising appeals) counts with
 * the article, since the publisher wrote it.
 *
 * @example
 *   signalRates(text, seg, signals).comments // => { words: 812, count: 4, per1000Words: 4.926, byKind: { name_calling: [7, 9], … } }
 */
import type { Signal, SignalRate, Span } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import { countWords } from '../../core/words.js';
import { round } from './01-claim-shares.js';

/** Words in the given spans of the text. */
export function wordsIn(text: string, spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) n += countWords(text, s.start, s.end);
  return n;
}

function rate(words: number, signals: readonly Signal[], indices: number[]): SignalRate {
  const byKind: Record<string, number[]> = {};
  for (const i of indices) (byKind[signals[i]!.kind] ??= []).push(i);
  return { words, count: indices.length, per1000Words: words ? round((indices.length * 1000) / words) : 0, byKind };
}

export function signalRates(text: string, seg: Segmentation, signals: readonly Signal[]): { article: SignalRate; comments: SignalRate } {
  const comments = seg.segments.filter((s) => s.kind === 'comment');
  const article: Span[] = [{ start: 0, end: seg.bodyEnd }, ...seg.segments.filter((s) => s.kind === 'boilerplate')];
  const inComments: number[] = [];
  const inArticle: number[] = [];
  signals.forEach((s, i) => {
    if (s.kind === 'comment_section') return;
    (s.section === 'comment' ? inComments : inArticle).push(i);
  });
  return {
    article: rate(wordsIn(text, article), signals, inArticle),
    comments: rate(wordsIn(text, comments), signals, inComments),
  };
}
