/**
 * Stage 1, segmentation: what each stretch of the text is (headline, body,
 * quotation, comment, boilerplate), its paragraphs and sentences, and where
 * the article body ends. Later stages analyse the body and treat the tail
 * (comments, furniture) apart.
 *
 * Steps, in order: 01 paragraphs → 02 sentences → 03 quotations → 04 tail.
 *
 * @example
 *   const seg = segment(doc);
 *   seg.bodyEnd    // where comments or boilerplate begin
 *   seg.sentences  // [{ start, end }, …] over the whole text
 */
import type { Doc, Segment, Span } from '../../core/record.js';
import { paragraphs, type Paragraph } from './01-paragraphs.js';
import { sentences } from './02-sentences.js';
import { quotations } from './03-quotes.js';
import { findTail } from './04-tail.js';

export interface Segmentation {
  segments: Segment[];
  paragraphs: Paragraph[];
  sentences: Span[];
  quotes: Span[];
  /** The headline's span, when the text starts with one. */
  headline: Span | null;
  /** Where the article body ends and comments or boilerplate begin. */
  bodyEnd: number;
}

/** The headline at the top of the text: the title's own line, or the title repeated in the first sentence. */
function headlineSpan(doc: Doc, paras: Paragraph[]): Span | null {
  const first = paras[0];
  if (!first || !doc.title) return null;
  const firstText = doc.text.slice(first.start, first.end);
  if (firstText.trim() === doc.title.trim() && paras.length > 1) return { start: first.start, end: first.end };
  const at = doc.text.indexOf(doc.title.trim());
  if (at >= 0 && at <= 40) return { start: at, end: at + doc.title.trim().length };
  return null;
}

export function segment(doc: Doc): Segmentation {
  const text = doc.text;
  const paras = paragraphs(text);
  const headline = headlineSpan(doc, paras);
  const firstBody = headline && paras[0] && headline.end >= paras[0].end ? 1 : 0;
  const tail = findTail(text, paras, firstBody);
  const quotes = quotations(text, paras.filter((p) => p.start < tail.bodyEnd));
  const segments: Segment[] = [];
  if (headline) segments.push({ kind: 'headline', ...headline });
  const bodyStart = headline ? headline.end : 0;
  if (tail.bodyEnd > bodyStart) segments.push({ kind: 'body', start: bodyStart, end: tail.bodyEnd });
  for (const q of quotes) segments.push({ kind: 'quote', ...q });
  segments.push(...tail.parts);
  return {
    segments,
    paragraphs: paras,
    sentences: paras.flatMap((p) => sentences(text, p)),
    quotes,
    headline,
    bodyEnd: tail.bodyEnd,
  };
}
