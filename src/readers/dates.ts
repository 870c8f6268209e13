/**
 * Publication dates from metadata values and from datelines at the top of
 * an article ("Wed 05 Apr 2017 …", "April 5, 2017 —").
 *
 * @example
 *   parsePublished('4/5/17')             // => '2017-04-05' (US month/day/year, as FA-KES writes it)
 *   parsePublished('2017-09-16T08:00Z')  // => '2017-09-16'
 *   findDateline('Wed 05 Apr 2017 Syria attack …') // => '2017-04-05'
 */
import * as chrono from 'chrono-node';

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of a calendar date, or null when it is not a real date. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Parses a date written in a metadata field or CSV column. */
export function parsePublished(value: string | null | undefined): string | null {
  const s = (value ?? '').trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (iso) return isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
  // Numeric dates with slashes are month/day/year (US order, as in FA-KES) unless the first part cannot be a month.
  const slash = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(s);
  if (slash) {
    let [a, b, y] = [+slash[1]!, +slash[2]!, +slash[3]!];
    if (y < 100) y += y < 70 ? 2000 : 1900;
    if (a > 12) [a, b] = [b, a];
    return isoDate(y, a, b);
  }
  const parsed = chrono.strict.parse(s)[0];
  if (!parsed || !parsed.start.isCertain('year')) return null;
  return isoDate(parsed.start.get('year')!, parsed.start.get('month')!, parsed.start.get('day')!);
}

/**
 * A full date (with year) written at the very top of a text, as wire copy
 * and many sites print it; null when the text does not start with one.
 */
export function findDateline(text: string): string | null {
  const head = text.slice(0, 80);
  for (const r of chrono.strict.parse(head)) {
    if (r.index > 30) break;
    if (r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day')) {
      return isoDate(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
    }
  }
  return null;
}
