/**
 * Quotations: text between quotation marks, including a quotation that
 * runs over paragraphs (an unclosed quote continued by a paragraph that
 * opens with a quotation mark), and scraped text whose curly quotes are
 * reversed (”…“). Short scare quotes ("trying") are not quotations.
 *
 * @example
 *   quotations('He said "we will stay here until the end" today.', paras) // => [{ start: 8, end: 42 }]
 */
import type { Span } from '../../core/record.js';
import type { Paragraph } from './01-paragraphs.js';

const QUOTE = /["“”„«»]/g;
const MIN_WORDS = 4;

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
        if (text.slice(span.start + 1, span.end - 1).trim().split(/\s+/).length >= MIN_WORDS) out.push(span);
        open = null;
      }
    }
    // An unclosed quote carries on only when the next paragraph opens with a quotation mark.
    const next = paras[i + 1];
    if (open !== null && !(next && /^["“”„«]/.test(text.slice(next.start, next.start + 1)))) {
      const span = { start: open, end: p.end };
      if (text.slice(span.start + 1, span.end).trim().split(/\s+/).length >= MIN_WORDS) out.push(span);
      open = null;
    }
    // The continuation mark that opens the next paragraph is not a closing one.
    from = open !== null && next ? next.start + 1 : 0;
  }
  return out;
}
