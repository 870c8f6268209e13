/**
 * Reference datasets' CSV rows to `ReferenceEvent`s: UCDP GED (columns
 * `id, date_start, side_a, side_b, best, …`) and ACLED-style exports
 * (`event_id_cnty, event_date, actor1, actor2, fatalities, …`). The format
 * is recognised from the header.
 *
 * @example
 *   const format = detectFormat(header); // => 'ucdp' | 'acled' | null
 *   const ev = FORMATS.ucdp(row);
 */
import { parsePublished } from '../../readers/dates.js';
import type { ReferenceEvent } from './types.js';

type Row = Record<string, string>;

const num = (v: string | undefined) => {
  const n = Number(v);
  return v === undefined || v === '' || v === 'NA' || !Number.isFinite(n) ? null : n;
};
const text = (v: string | undefined) => (v === undefined || v === '' || v === 'NA' ? null : v.trim());

export const SIGNATURES = {
  ucdp: ['id', 'date_start', 'side_a', 'side_b', 'best'],
  acled: ['event_date', 'actor1', 'fatalities'],
} as const;

export type ReferenceFormat = keyof typeof SIGNATURES;

export function detectFormat(header: string[]): ReferenceFormat | null {
  const has = new Set(header);
  return (Object.keys(SIGNATURES) as ReferenceFormat[]).find((f) => SIGNATURES[f].every((c) => has.has(c))) ?? null;
}

export const FORMATS: Record<ReferenceFormat, (row: Row) => ReferenceEvent | null> = {
  ucdp: (r) => {
    const start = parsePublished(r.date_start);
    if (!r.id || !start) return null;
    return {
      dataset: 'ucdp', id: r.id, dateStart: start, dateEnd: parsePublished(r.date_end) ?? start,
      sideA: r.side_a ?? '', sideB: r.side_b ?? '', admin1: text(r.adm_1)?.replace(/ (governorate|province)$/i, '') ?? null,
      place: text(r.where_coordinates), lat: num(r.latitude), lon: num(r.longitude),
      best: num(r.best), low: num(r.low), high: num(r.high), source: text(r.source_article),
    };
  },
  acled: (r) => {
    // ACLED writes dates as "05 April 2017" or ISO; ids as event_id_cnty.
    const date = parsePublished(r.event_date);
    const id = r.event_id_cnty ?? r.data_id ?? r.event_id;
    if (!id || !date) return null;
    const deaths = num(r.fatalities);
    return {
      dataset: 'acled', id, dateStart: date, dateEnd: date, sideA: r.actor1 ?? '', sideB: r.actor2 ?? '',
      admin1: text(r.admin1), place: text(r.location), lat: num(r.latitude), lon: num(r.longitude),
      best: deaths, low: deaths, high: deaths, source: text(r.source),
    };
  },
};
