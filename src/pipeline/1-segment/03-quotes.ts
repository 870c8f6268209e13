/**
 * Quotations: text between quotation marks, including a quotation that
 * runs over paragraphs (an unclosed quote continued by a paragraph that
 * opens with a quotation mark), and scraped text whose curly quotes are
 * reversed (”…“). Short scare quotes ("trying") are not quotations; a
 * short sentence quoted whole ("“No.”") is.
 *
 * @example
 *   quotations('He said "we will stay here until the end" today.', paras) // => [{ start: 8, end: 42 }]
 */
import type { Span } from '../../core/record.js';
import type { Paragraph } from './01-paragraphs.js';

const QUOTE = /["“”„«»]/g;
const MIN_WORDS = 4;
/** What may stand before a quotation that opens a sentence: nothing, a line break, or the end of the sentence before. */
const SENTENCE_BEFORE = /(?:^|\n|[.!?…]["”’]?)\s*$/;

/**
 * Quoted words that make a quotation rather than scare quotes: four words
 * or more, or a whole sentence of its own however short ("“We will
 * respond.”"), since a scare quote sits inside a sentence.
 */
function isQuotation(text: string, span: Span, content: string): boolean {
  const words = content.trim().split(/\s+/).length;
  if (words >= MIN_WORDS) return true;
  return /\w[.!?…]\s*$/.test(content) && SENTENCE_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start));
}

export function quotations(text: string, paras: Paragraph[]): Span[] {
  const out: Span[] = [];
  let open: number | null = null;
  let from = paras[0]?.start ?? 0;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    QUOTE.lastIndex = Math.max(p.start, from);
    for (let m = QUOTE.exec(text); m && m.index < p.end; m = QUOTE.exec(text)) {
      if (open === null) open = m.index;
      else {
        const span = { start: open, end: m.index + 1 };
        if (isQuotation(text, span, text.slice(span.start + 1, span.end - 1))) out.push(span);
        open = null;
      }
    }
    // An unclosed quote carries on only when the next paragraph opens with a quotation mark.
    const next = paras[i + 1];
    if (open !== null && !(next && /^["“”„«]/.test(text.slice(next.start, next.start + 1)))) {
      const span = { start: open, end: p.end };
      if (isQuotation(text, span, text.slice(span.start + 1, span.end))) out.push(span);
      open = null;
    }
    // The continuation mark that opens the next paragraph is not a closing one.
    from = open !== null && next ? next.start + 1 : 0;
  }
  return out;
}
