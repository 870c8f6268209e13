/**
 * Sentences inside a paragraph, with offsets. Knows common abbreviations
 * ("U.S.", "Gen.", "Sept."), initials and decimals, and splits sentences
 * that scraping glued together ("lost.Go home").
 *
 * @example
 *   sentences('The U.S. said so. Gen. Smith agreed.', { start: 0, end: 36 }) // => two spans
 */
import type { Span } from '../../core/record.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'brig', 'cmdr', 'gov', 'sen', 'rep',
  'pres', 'st', 'mt', 'ft', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'no', 'vs', 'etc', 'al', 'approx', 'est', 'dept', 'rev', 'hon',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'a.m', 'p.m',
]);

/** True when the period at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (!word) return false;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "George W. Bush"
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

const END = /[.!?…]+["'”’)\]]*/g;

export function sentences(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  END.lastIndex = para.start;
  for (let m = END.exec(text); m && m.index < para.end; m = END.exec(text)) {
    const end = Math.min(para.end, m.index + m[0].length);
    const next = text.slice(end, end + 3);
    const spaced = /^\s+["'“‘(]?[A-Z0-9]/.test(next);
    // Glued sentences from scraped comments: "lost.Go home" (a word of two or more letters, then a capital and a lower-case letter).
    const glued = /^[A-Z][a-z]/.test(next) && /[a-z]{2}$/.test(text.slice(Math.max(para.start, m.index - 2), m.index));
    if (!(spaced || glued) || end >= para.end) continue;
    if (m[0] === '.' && isAbbreviation(text, m.index)) continue;
    if (/^\d/.test(text[end] ?? '') && /\d$/.test(text[m.index - 1] ?? '')) continue; // "6.000"
    out.push({ start, end });
    start = end;
    while (start < para.end && /\s/.test(text[start]!)) start++;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}
