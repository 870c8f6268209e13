/**
 * The part of the phrase before a speech verb that names the speaker:
 * commas, dashes and brackets cut the phrase into chunks; the chunk next
 * to the verb names the speaker, unless a comma closes an apposition
 * ("Ahmed Abu, the commander of the unit, said"; "the agency, citing a
 * source, said"), where the chunk before the aside does. Leading adverbials ("In a statement, the SDF said")
 * fall away as earlier chunks.
 *
 * @example
 *   subjectChunk('Lena Ortiz, an aide to the mayor, said', 0, 34) // => { start: 0, end: 10 }
 */
import type { Span } from '../../core/record.js';

/** What opens an aside between a speaker and the verb: a relative, an apposition, or whom they pass on ("citing a source"). */
const APPOSITION = /^\s*(?:who|which|whose|that|the|a|an|its|his|her|their|one|also|formerly|himself|herself|itself|citing|quoting|according to)\b/i;
const CHUNK_BREAK = /,|\(|\)|\s[—–-]\s/g;

export function subjectChunk(text: string, from: number, to: number): Span {
  const region = text.slice(from, to);
  const chunks: Span[] = [];
  let at = 0;
  CHUNK_BREAK.lastIndex = 0;
  for (let m = CHUNK_BREAK.exec(region); m; m = CHUNK_BREAK.exec(region)) {
    chunks.push({ start: from + at, end: from + m.index });
    at = m.index + m[0].length;
  }
  chunks.push({ start: from + at, end: to });
  const blank = (c: Span) => !/\w/.test(text.slice(c.start, c.end));
  const filled = chunks.filter((c) => !blank(c));
  if (!filled.length) return { start: to, end: to };
  // "X, the commander of Y, said": a comma right before the verb closes an apposition.
  if (blank(chunks[chunks.length - 1]!) && filled.length > 1) {
    const i = filled.findIndex((c, k) => k > 0 && APPOSITION.test(text.slice(c.start, c.end)));
    if (i > 0) return filled[i - 1]!;
  }
  return filled[filled.length - 1]!;
}

