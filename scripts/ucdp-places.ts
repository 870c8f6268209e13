/**
 * Syrian towns, villages and suburbs from the UCDP Georeferenced Event
 * Dataset (GED 23.1, CC BY 4.0): every distinct place an event is located at
 * (`where_prec` 1, the place itself, or 2, within 25 km of it), as a place
 * entry with its governorate and coordinates. Facilities (airports, bases,
 * checkpoints, dams, shrines…) are left out: facilities.tsv is curated.
 *
 * @example
 *   readUcdpPlaces(csvText, admin1)
 *   // "Kafr Batna suburb", "Rif Dimashq governorate", 33.515, 36.372
 *   // => [{ id: 'place:ucdp-kafr-batna', name: 'Kafr Batna', admin1: 'Rif Dimashq', attrs: { kind: 'suburb' }, … }, …]
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { distanceKm } from '../src/core/geo.js';
import type { GazetteerEntry } from '../src/gazetteer/entry.js';
import { oneEditApart, skeleton, splitName } from '../src/gazetteer/keys.js';

type Entry = Omit<GazetteerEntry, 'source'>;

/** Two mentions of one name this close are one place. */
const SAME_PLACE_KM = 10;

const RowSchema = z.object({
  where_prec: z.string(),
  where_coordinates: z.string(),
  adm_1: z.string(),
  latitude: z.coerce.number(),
  longitude: z.coerce.number(),
});

/** What a place is called after its name ("Kafr Batna suburb"): dropped from the name, kept as its kind. */
const PLACE_WORDS = /\s+(town|village|suburb|city|neighbou?rhood|industrial district|district|area|camp|mountain|island|farms)$/i;
/** A facility, not a settlement: the curated facilities.tsv holds those. */
const FACILITY_WORDS = /\b(airport|air ?base|base|brigade|regiment|checkpoint|crossing|dam|field|plant|prison|castle|shrine)\b/i;

/**
 * Names that name people more often than these places: a kunya or title and a given name ("Abu Omar", "Shaykh Ali":
 * a speaker as often as a village, and a village of that name in every governorate), and given names alone
 * ("Rami said"). Left out; the entity stage still finds "the town of Rami" as a place by the noun before it.
 */
const PERSON_FIRST_WORDS = new Set(['abu', 'umm', 'shaykh', 'sheikh']);
const GIVEN_NAMES = new Set(['rami', 'josef', 'nimr', 'hayyan', 'salma']);
/** Quarters that several cities have: Aleppo's Dahiyet al-Assad is better known than the one by Harasta. */
const SHARED_NAMES = new Set(['dahietelasad']);
const leftOut = (name: string) => {
  const keys = splitName(name);
  return PERSON_FIRST_WORDS.has(keys[0] ?? '') || (keys.length === 1 && GIVEN_NAMES.has(keys[0]!)) || SHARED_NAMES.has(keys.join(''));
};

/** Name and other names from the UCDP place description: "Tadmur/Palmyra town", "Al-Rai town (Choban Bey)". */
export function cleanName(where: string): { name: string; aliases: string[]; kind: string } | undefined {
  let s = where.replace(/\s+/g, ' ').trim();
  if (FACILITY_WORDS.test(s)) return undefined;
  const aliases: string[] = [];
  // "(Ezzeddin)": another spelling; "(M4)" and the like are not names
  s = s.replace(/\s*\(([^)]*)\)/g, (_, alt: string) => { if (/\p{L}{3}/u.test(alt)) aliases.push(alt.trim()); return ''; }).trim();
  const kind = s.match(PLACE_WORDS)?.[1]?.toLowerCase() ?? '';
  s = s.replace(PLACE_WORDS, '');
  const [name, ...alts] = s.split(/\s*\/\s*/).map((x) => x.replace(PLACE_WORDS, '').trim());
  aliases.push(...alts);
  return { name: name!, aliases: aliases.filter((a) => a !== name), kind };
}

/** A stable id from the name: "Kafr Batna" → "place:ucdp-kafr-batna". */
const slug = (name: string) => `place:ucdp-${splitName(name).join('-')}`;

/**
 * The located places of a UCDP GED extract, one entry per distinct place;
 * `admin1` are the governorate entries (admin1.tsv) its `adm_1` names map to.
 * Throws, naming the row, on a governorate it cannot map.
 */
export function readUcdpPlaces(csv: string, admin1: readonly Entry[], file = 'ucdp.csv'): Entry[] {
  const governorate = new Map<string, string>();
  for (const e of admin1) if (e.country === 'SY') for (const n of [e.name, ...e.aliases]) governorate.set(splitName(n).join(' '), e.name);
  const rows: Record<string, string>[] = parse(csv, { columns: true, skip_empty_lines: true });
  const out = new Map<string, Entry>();
  rows.forEach((raw, i) => {
    const row = RowSchema.safeParse(raw);
    if (!row.success) throw new Error(`${file}:${i + 2}: ${row.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const r = row.data;
    if (r.where_prec !== '1' && r.where_prec !== '2') return;
    const cleaned = cleanName(r.where_coordinates);
    if (!cleaned || leftOut(cleaned.name)) return;
    const adm = governorate.get(splitName(r.adm_1.replace(/\s+governorate$/i, '')).join(' '));
    if (!adm) throw new Error(`${file}:${i + 2}: governorate "${r.adm_1}" is not in admin1.tsv; add it as an alias of its governorate there`);
    // one place however many events; two places of one name get their governorate in the id
    let id = slug(cleaned.name);
    const had = out.get(id);
    if (had && distanceKm(had as { lat: number; lon: number }, { lat: r.latitude, lon: r.longitude }) <= SAME_PLACE_KM) return;
    if (had) id = `${id}-${splitName(adm).join('-')}`;
    if (out.has(id)) return;
    out.set(id, {
      id, type: 'place', name: cleaned.name, aliases: cleaned.aliases, country: 'SY', admin1: adm,
      lat: r.latitude, lon: r.longitude, attrs: cleaned.kind ? { kind: cleaned.kind } : {},
    });
  });
  return [...out.values()];
}

/** A name's letters, articles and spaces dropped: "Ra’s al ‘Ayn" and "Ras al Ayn" are both "rasayn". */
const keyOf = (name: string) => splitName(name.replace(/['’‘ʿʾ`]/g, '')).join('');

/**
 * Whether the gazetteer already knows this place: an entry within 10 km
 * whose name, or one of its other names, is this one's spelled another way
 * (the same consonants, "Yabroud" / "Yabrūd", or one letter off, "Choban Bey"
 * / "Tchoban Bey"); or a named area without coordinates of the same name.
 *
 * @example
 *   isKnown({ name: 'Yabroud', lat: 33.97, lon: 36.66, … }, places) // => true: GeoNames' Yabrūd
 */
export function isKnown(e: Entry, known: readonly Entry[]): boolean {
  const mine = [e.name, ...e.aliases].map(keyOf).filter(Boolean);
  const same = (k: string) => mine.some((m) => m === k || skeleton(m) === skeleton(k) || (Math.min(m.length, k.length) >= 6 && oneEditApart(m, k)));
  return known.some((k) => {
    if (k.country !== e.country) return false;
    const near = k.lat === undefined || k.lon === undefined || e.lat === undefined || e.lon === undefined || distanceKm(e as { lat: number; lon: number }, k as { lat: number; lon: number }) <= SAME_PLACE_KM;
    return near && [k.name, ...k.aliases].map(keyOf).some((key) => key && same(key));
  });
}
