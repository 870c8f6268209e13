/**
 * Step 6, dates: the day an event happened, resolved against the date the
 * article was published, with chrono-node. A bare weekday ("on Saturday")
 * is the last one on or before publication, "overnight" is the night
 * before it, and "last week"/"earlier this month" give a day in that week
 * or the month's first day, with their precision; events dated two months
 * or more before
 * publication are marked historical. Null when the text gives no date
 * or the document has no publication date.
 *
 * @example
 *   // published 2017-09-17: "came under attack on Saturday" → 2017-09-16
 *   const dated = assignDates(text, drafts, '2017-09-17');
 */
import * as chrono from 'chrono-node';
import type { Span } from '../../core/record.js';
import type { Draft } from './draft.js';

// Only sentences with something date-like go to chrono, which is slow next to a regex.
const DATEISH = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:yesterday|today|tonight|overnight|ago|last (?:week|month|night)|this (?:week|month)|earlier this)\b/i;
const DAY_MS = 86_400_000;
// Older than this at publication, an event is background rather than news.
const HISTORY_MS = 60 * DAY_MS;
// chrono's casual English with only the parsers news dates need (weekdays, month names, "yesterday",
// "last week", "two days ago"): clock times, slashed and ISO dates cost time and add nothing here.
const KEEP = new Set(['ENYearMonthDayParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENWeekdayParser',
  'ENTimeUnitAgoFormatParser', 'ENCasualDateParser', 'ENCasualTimeParser', 'ENMonthNameParser', 'ENRelativeDateFormatParser', 'ENYearMonthNameParser']);
const NEWS_DATES = chrono.casual.clone();
const kept = NEWS_DATES.parsers.filter((p) => KEEP.has(p.constructor.name));
// Should a chrono release rename its parsers, keep them all rather than lose every date.
if (kept.length >= 5) NEWS_DATES.parsers = kept;

// What a match of each parser cannot lack, read off its pattern: chrono runs every parser over the whole text,
// and a sentence seldom holds more than a weekday or a month, so most parsers can be skipped on sight.
// A parser missing here always runs.
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const NEEDS: Record<string, RegExp> = {
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  ENYearMonthNameParser: MONTH,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENWeekdayParser: /mon|tue|wed|thu|fri|sat|sun|week/i,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENRelativeDateFormatParser: /this|last|past|next/i,
};
const PARSERS = NEWS_DATES.parsers.map((p) => ({ parser: p, needs: NEEDS[p.constructor.name] }));
const BY_PARSERS = new Map<number, chrono.Chrono>();

/** chrono with only the parsers that can match in `s`, in their order (results come out the same), or null when none can. */
function chronoFor(s: string): chrono.Chrono | null {
  let mask = 0;
  PARSERS.forEach(({ needs }, i) => {
    if (!needs || needs.test(s)) mask |= 1 << i;
  });
  if (!mask) return null;
  let c = BY_PARSERS.get(mask);
  if (!c) {
    c = NEWS_DATES.clone();
    c.parsers = PARSERS.filter((_, i) => mask & (1 << i)).map((p) => p.parser);
    BY_PARSERS.set(mask, c);
  }
  return c;
}

const PART_OF_DAY = /\b(?:night|morning|evening|afternoon|dawn|dusk) of\b/gi;

/** The UTC day, as `toISOString` writes it; read off the getters for four-digit years, five times faster. */
function iso(d: Date): string {
  const y = d.getUTCFullYear();
  // Other years, and an invalid date (NaN), as toISOString has them (it throws on the latter).
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

interface Resolved { date: string; precision: 'day' | 'week' | 'month'; at: number }

/** Every date the span states, resolved against `ref`. */
export function datesIn(text: string, from: number, to: number, ref: Date): Resolved[] {
  const s = text.slice(from, to);
  if (!DATEISH.test(s)) return [];
  const out: Resolved[] = [];
  const night = /\bovernight\b/i.exec(s);
  if (night) out.push({ date: iso(new Date(ref.getTime() - DAY_MS)), precision: 'day', at: from + night.index });
  // "the night of September 30" is September 30, not tonight: blank the part of day (same length, offsets hold).
  const plain = s.replace(PART_OF_DAY, (x) => ' '.repeat(x.length));
  const found = chronoFor(plain)?.parse(plain, { instant: ref, timezone: 0 }) ?? [];
  for (const r of found) {
    if (out.some((o) => Math.abs(o.at - (from + r.index)) < 20)) continue;
    const known = r.start;
    let when = known.date();
    let precision: Resolved['precision'] = 'day';
    if (!known.isCertain('day') && known.isCertain('weekday')) {
      // A bare weekday in news is the last one, not the next.
      while (when.getTime() > ref.getTime()) when = new Date(when.getTime() - 7 * DAY_MS);
    } else if (/\bweek\b/i.test(r.text)) precision = 'week';
    else if (!known.isCertain('day') && known.isCertain('month')) precision = 'month';
    else if (!known.isCertain('day') && !/\b(?:today|tonight|yesterday|night)\b/i.test(r.text)) continue;
    out.push({ date: iso(when), precision, at: from + r.index });
  }
  return out;
}

/** The date stated nearest to `pos`; of equally near ones, the one found first. */
function nearest(dates: readonly Resolved[], pos: number): Resolved | undefined {
  let best: Resolved | undefined;
  for (const x of dates) if (!best || Math.abs(x.at - pos) < Math.abs(best.at - pos)) best = x;
  return best;
}

/** Each event gets the date nearest to its words in its sentence, else in the sentences of the mentions merged into it. */
export function assignDates(text: string, drafts: readonly Draft[], published: string | null): Draft[] {
  if (!published) return [...drafts];
  const ref = new Date(`${published}T12:00:00Z`);
  const cache = new Map<number, Resolved[]>();
  // Each sentence is read once, however many events it states: the cost stays linear in the text.
  const around = (at: { start: number; sentence: Span }) => {
    let ds = cache.get(at.sentence.start);
    if (!ds) cache.set(at.sentence.start, (ds = datesIn(text, at.sentence.start, at.sentence.end, ref)));
    return ds;
  };
  return drafts.map((d) => {
    for (const at of [d, ...d.alsoAt]) {
      const best = nearest(around(at), at.start);
      if (best) return { ...d, date: best.date, datePrecision: best.precision, historical: ref.getTime() - Date.parse(best.date) > HISTORY_MS };
    }
    return d;
  });
}
