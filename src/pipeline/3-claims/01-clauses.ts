/**
 * Step 1: the stretches of the article that state something: the
 * headline, and each sentence of the body but its byline, split in two where it joins two statements ("A; B",
 * "A, but B", "A, while B", "said A and denied B") outside quotation marks. A stretch that lies
 * mostly inside a quotation remembers that quotation.
 *
 * @example
 *   clauses(text, seg) // => [{ start, end, sentence, quote: null }, …]
 */
import type { Span } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import { countWords } from '../../core/words.js';

export interface Clause extends Span {
  /** The sentence the clause belongs to. */
  sentence: Span;
  /** The quotation that holds most of the clause, if any. */
  quote: Span | null;
  /** Every quotation that overlaps the clause's sentence. */
  quotes: Span[];
}

// "said its forces had struck depots and denied targeting civilians": a denial joined to a report is a statement of its own.
const SPLIT = /;\s+|,\s+(?=(?:but|while|whereas|yet)\s)|\s[—–]\s+(?=but\s)|,?\s+(?=and\s+(?:denied|denies|rejected|rejects|dismissed|dismisses)\s)/g;
const MIN_WORDS = 3;
/** "By Jane Doe", "Reporting by A and B": a byline names the writer; it states nothing. */
const BYLINE = /^(?:By|BY|Written by|Reporting by|Words by)\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*,\s*)(?:\p{Lu}[\p{L}.'’-]*|and|&))*[\s.]*$/u;
const MIN_SPLIT_WORDS = 4;

const inside = (at: number, spans: readonly Span[]) => spans.some((q) => q.start < at && at < q.end);

/** Trims white space and returns null when too little is left to state anything. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return countWords(text, start, end, MIN_WORDS) >= MIN_WORDS ? { start, end } : null;
}

/** Cuts one sentence at the joints between two statements. */
function split(text: string, s: Span, quotes: readonly Span[]): Span[] {
  const parts: Span[] = [];
  let from = s.start;
  const body = text.slice(s.start, s.end);
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(body); m; m = SPLIT.exec(body)) {
    const at = s.start + m.index;
    if (inside(at, quotes)) continue;
    if (countWords(text, from, at, MIN_SPLIT_WORDS) < MIN_SPLIT_WORDS || countWords(text, at + m[0].length, s.end, MIN_SPLIT_WORDS) < MIN_SPLIT_WORDS) continue;
    parts.push({ start: from, end: at });
    from = at + m[0].length;
  }
  parts.push({ start: from, end: s.end });
  return parts;
}

/** The quotation that covers at least half of a span, or that the span opens with ("“…,” he said, adding …"). */
function quoteOf(span: Span, quotes: readonly Span[]): Span | null {
  for (const q of quotes) {
    const overlap = Math.min(q.end, span.end) - Math.max(q.start, span.start);
    if (overlap > 0 && (overlap * 2 >= span.end - span.start || q.start === span.start)) return q;
  }
  return null;
}

export function clauses(text: string, seg: Segmentation): Clause[] {
  // The headline states something too; the comment thread and page furniture after the body do not count.
  const out: Clause[] = [];
  let qi = 0; // quotations do not overlap and come in text order, so one pointer walks them
  for (const sentence of seg.sentences) {
    if (sentence.start >= seg.bodyEnd || BYLINE.test(text.slice(sentence.start, sentence.end))) continue;
    const s = { start: sentence.start, end: Math.min(sentence.end, seg.bodyEnd) };
    while (qi < seg.quotes.length && seg.quotes[qi]!.end <= s.start) qi++;
    const near: Span[] = [];
    for (let j = qi; j < seg.quotes.length && seg.quotes[j]!.start < s.end; j++) near.push(seg.quotes[j]!);
    for (const part of split(text, s, near)) {
      const span = trimmed(text, part.start, part.end);
      if (span) out.push({ start: span.start, end: span.end, sentence: s, quote: quoteOf(span, near), quotes: near });
    }
  }
  return out;
}
