/**
 * Counts as reporters write them: digits with thousands separators
 * ("5,812", "6.000"), number words ("six", "twenty-two", "two hundred"),
 * vague counts ("dozens") flagged approximate, and the qualifiers that
 * make a figure a minimum ("at least", "more than") or a range ("10 to 15").
 *
 * @example
 *   parseCount('at least 112')  // => { value: 112, approximate: false, minimum: true }
 *   parseCount('twenty-two')    // => { value: 22, approximate: false, minimum: false }
 *   parseCount('dozens')        // => { value: 24, approximate: true, minimum: true }
 */
export interface Count {
  value: number;
  approximate: boolean;
  minimum: boolean;
  /** The upper end of a range ("10 to 15" has value 10, upTo 15). */
  upTo?: number;
}

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
// A vague count stands for the least it can mean.
const VAGUE: Record<string, number> = { dozen: 12, dozens: 24, scores: 40, hundreds: 200, thousands: 2000, several: 3 };

const WORD = Object.keys(UNITS).filter((w) => w.length > 2).join('|');
const DIGITS = '\\d{1,3}(?:[,.]\\d{3})+(?!\\.?\\d)|\\d+';
const SIMPLE = `(?:${DIGITS}|(?:${WORD})(?:-(?:${WORD}))?(?: (?:hundred|thousand))?|a dozen|dozens|scores|hundreds|thousands|several)`;
/** A count with its qualifier, as a regex source without capturing groups. */
export const COUNT = `(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|approximately|roughly|an estimated|a total of) )?${SIMPLE}(?:(?: to |-| or )${SIMPLE})?`;

const QUALIFIER = /^(at least|more than|over|nearly|almost|about|around|some|up to|approximately|roughly|an estimated|a total of) /i;

function simpleValue(s: string): { value: number; vague: boolean } | null {
  const t = s.toLowerCase().trim();
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(t)) return { value: Number(t.replace(/[,.]/g, '')), vague: false };
  // A bare four-digit 19xx/20xx is a year ("killed in 2013"), not a count.
  if (/^(?:19|20)\d\d$/.test(t)) return null;
  // A day glued to a year by lost spacing ("Apr 092017") is a date, not a count.
  if (/^[0-3]?\d(?:19|20)\d\d$/.test(t)) return null;
  if (/^\d+$/.test(t)) return { value: Number(t), vague: false };
  if (t === 'a dozen') return { value: 12, vague: false };
  if (t in VAGUE) return { value: VAGUE[t]!, vague: true };
  let total = 0;
  let part = 0;
  for (const w of t.split(/[\s-]+/)) {
    if (w in UNITS) part += UNITS[w]!;
    else if (w in SCALES) part = Math.max(part, 1) * SCALES[w]!;
    else return null;
  }
  total += part;
  return total > 0 ? { value: total, vague: false } : null;
}

/** The count a phrase states, or null when it states none. */
export function parseCount(phrase: string): Count | null {
  let s = phrase.trim();
  const q = QUALIFIER.exec(s);
  const qual = q?.[1]?.toLowerCase() ?? '';
  if (q) s = s.slice(q[0].length);
  const [lo, hi] = s.split(/ to |(?<=\d)-(?=\d)| or /i);
  const a = lo ? simpleValue(lo) : null;
  if (!a) return null;
  const b = hi ? simpleValue(hi) : null;
  const approx = a.vague || ['nearly', 'almost', 'about', 'around', 'some', 'approximately', 'roughly', 'an estimated'].includes(qual);
  return {
    value: a.value,
    approximate: approx,
    minimum: a.vague || qual === 'at least' || qual === 'more than' || qual === 'over',
    // Always present, undefined when no range: counts then share one shape and copy cheaply.
    upTo: b && b.value > a.value ? b.value : undefined,
  };
}
