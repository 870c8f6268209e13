/**
 * Step 4, dates: the day an event happened, resolved against the date the
 * article was published, with chrono-node. A bare weekday ("on Saturday")
 * is the last one on or before publication, "overnight" is the night
 * before it, and "last week"/"earlier this month" give the week's or
 * month's first day with their precision. Null when the text gives no date
 * or the document has no publication date.
 *
 * @example
 *   // published 2017-09-17: "came under attack on Saturday" → 2017-09-16
 *   const dated = assignDates(text, drafts, '2017-09-17');
 */
import * as chrono from 'chrono-node';
import type { Draft } from './draft.js';

// Only sentences with something date-like go to chrono, which is slow next to a regex.
const DATEISH = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:yesterday|today|tonight|overnight|ago|last (?:week|month|night)|this (?:week|month)|earlier this)\b/i;
const DAY_MS = 86_400_000;

const iso = (d: Date) => d.toISOString().slice(0, 10);

interface Resolved { date: string; precision: 'day' | 'week' | 'month'; at: number }

/** Every date the span states, resolved against `ref`. */
export function datesIn(text: string, from: number, to: number, ref: Date): Resolved[] {
  const s = text.slice(from, to);
  if (!DATEISH.test(s)) return [];
  const out: Resolved[] = [];
  const night = /\bovernight\b/i.exec(s);
  if (night) out.push({ date: iso(new Date(ref.getTime() - DAY_MS)), precision: 'day', at: from + night.index });
  // The strict parser first, so "the night of September 30" is September 30, not tonight.
  const found = [...chrono.strict.parse(s, { instant: ref, timezone: 0 }), ...chrono.casual.parse(s, { instant: ref, timezone: 0 })];
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

/** Each draft gets the date nearest to it in its sentence. */
export function assignDates(text: string, drafts: readonly Draft[], published: string | null): Draft[] {
  if (!published) return [...drafts];
  const ref = new Date(`${published}T12:00:00Z`);
  const cache = new Map<number, Resolved[]>();
  return drafts.map((d) => {
    let ds = cache.get(d.sentenceIndex);
    if (!ds) cache.set(d.sentenceIndex, (ds = datesIn(text, d.sentence.start, d.sentence.end, ref)));
    const best = [...ds].sort((a, b) => Math.abs(a.at - d.start) - Math.abs(b.at - d.start))[0];
    return best ? { ...d, date: best.date, datePrecision: best.precision } : d;
  });
}
