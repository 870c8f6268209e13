/**
 * Paragraphs: blocks separated by blank lines, and single lines that stand
 * on their own (a headline, a one-line subhead). A hard-wrapped line that
 * runs on into a lower-case next line stays in its paragraph.
 *
 * @example
 *   paragraphs('Title\n\nFirst para.\nSecond line.') // => three spans
 */
import type { Span } from '../../core/record.js';

export interface Paragraph extends Span {
  /** Blank lines before it: scraped pages often set comment threads further apart. */
  gapBefore: number;
}

const WRAP_WIDTH = 60;

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lineRe = /[^\n]*(\n|$)/g;
  let current: Paragraph | null = null;
  let blank = 0;
  let prevLine = '';
  for (let m = lineRe.exec(text); m && m[0].length > 0; m = lineRe.exec(text)) {
    const raw = m[0].replace(/\n$/, '');
    const line = raw.trim();
    if (!line) {
      blank++;
      if (current) { out.push(current); current = null; }
      continue;
    }
    const lead = raw.length - raw.trimStart().length;
    const start = m.index + lead;
    const end = m.index + raw.trimEnd().length;
    const continues = current && prevLine.length >= WRAP_WIDTH && !/[.!?:"”’)]$/.test(prevLine) && /^[a-z]/.test(line);
    if (current && continues) current.end = end;
    else {
      if (current) out.push(current);
      current = { start, end, gapBefore: blank };
    }
    blank = 0;
    prevLine = line;
  }
  if (current) out.push(current);
  return out;
}
