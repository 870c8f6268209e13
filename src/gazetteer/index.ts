/**
 * The gazetteer: every known actor, person, place, facility and outlet,
 * from the data files in `data/gazetteer/`, indexed for matching in text.
 *
 * Entries with the same id in two files are one entry (a curated file adds
 * names to a generated one). The index holds three ways in: exact token
 * keys; consonant skeletons for the transliterated names of Syria and Iraq;
 * one-letter variants of long single-word names, for typos.
 *
 * @example
 *   const gaz = loadGazetteer();
 *   gaz.byId.get('actor:sdf')?.name // => 'Syrian Democratic Forces'
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { list, parseEntries, type GazetteerEntry } from './entry.js';
import { ARTICLES, deletions, POSSESSIVE_S, skeleton, splitName, startsWithArticle, tokenKey } from './keys.js';
import { NameTrie } from './trie.js';

export { list, type GazetteerEntry } from './entry.js';
export { NameTrie, type TrieNode } from './trie.js';
export * from './keys.js';

/** How one name of an entry may match. */
export interface NameRef {
  id: string;
  /** The name as written in the data. */
  alias: string;
  /** Written in capitals ("SDF", "U.S."): matches only capitals in the text. */
  acronym: boolean;
  /** Written in lower case ("coalition forces"): may match lower-case text. */
  lower: boolean;
  /** One token left after its article ("al-Omar"): the text must show the article. */
  needsArticle: boolean;
  /** A generated place named by English words ("Hit", "Old City"): needs real capitals and a story nearby. */
  common: boolean;
  /** From a hand-curated file (preferred over generated places on a tie). */
  curated: boolean;
}

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  byId: ReadonlyMap<string, GazetteerEntry>;
  exact: NameTrie<NameRef>;
  /** Skeleton keys of Syrian and Iraqi places and facilities. */
  skeletal: NameTrie<NameRef>;
  /** One-deletion variants of long one-word names → the names. */
  typos: ReadonlyMap<string, NameRef[]>;
  /** English words that collide with place names or their variants. */
  common: ReadonlySet<string>;
  /** Demonym key ("syrian", "syrians") → country code and whether it names people. */
  demonyms: ReadonlyMap<string, { country: string; people: boolean }>;
  /** Country code → the country entry. */
  countries: ReadonlyMap<string, GazetteerEntry>;
  /** The lower-case words a name can start with: articles, and the first words of lower-case names ("coalition forces"). */
  lowerStarts: ReadonlySet<string>;
}

export interface GazetteerOptions {
  /** Folder of the `.tsv` files; defaults to the package's `data/gazetteer`. */
  dir?: string;
  /** Extra entries, e.g. a user's own list. */
  extra?: readonly GazetteerEntry[];
}

const DEFAULT_DIR = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));
const GENERATED = new Set(['countries.tsv', 'places.tsv']);
const TRANSLITERATED = new Set(['SY', 'IQ']);
/** Demonyms that name a people living across borders, not a state: Syria's Turkmen are not Turkmenistan. */
const PEOPLES = new Set(['turkmen', 'turkmens']);

function readEntries(dir: string): GazetteerEntry[] {
  // generated files first, so that curated lines patch them
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort((a, b) => Number(GENERATED.has(b)) - Number(GENERATED.has(a)) || a.localeCompare(b));
  return files.flatMap((f) => parseEntries(fs.readFileSync(`${dir}/${f}`, 'utf8'), f));
}

/** Merge entries sharing an id: names and attributes of the later ones are added. */
function mergeById(entries: readonly GazetteerEntry[]): Map<string, GazetteerEntry> {
  const byId = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    const had = byId.get(e.id);
    if (!had) { byId.set(e.id, e); continue; }
    const attrs = { ...had.attrs };
    for (const [k, v] of Object.entries(e.attrs)) attrs[k] = k === 'demonyms' || k === 'people' ? [...new Set([...list(had.attrs[k]), ...list(v)])].join('|') : v;
    byId.set(e.id, { ...had, name: e.name, aliases: [...new Set([...had.aliases, had.name, ...e.aliases])].filter((a) => a !== e.name), attrs, source: `${had.source}+${e.source}` });
  }
  for (const [id, e] of byId) byId.set(id, oneShape(e));
  return byId;
}

/**
 * The entry with every field present, in one order: entries parsed with and
 * without coordinates, a country or a division had many hidden classes, and
 * reading them in the entity steps went through V8's slow megamorphic path.
 */
function oneShape(e: GazetteerEntry): GazetteerEntry {
  return {
    id: e.id, type: e.type, name: e.name, aliases: e.aliases,
    country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon, population: e.population,
    attrs: e.attrs, source: e.source,
  };
}

const isAcronym = (s: string) => /^(?:\p{Lu}\.?){2,}$/u.test(s) || /^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(s);

/** Builds the index over a set of entries. */
export function buildGazetteer(entries: readonly GazetteerEntry[], common: ReadonlySet<string> = new Set()): Gazetteer {
  const byId = mergeById(entries);
  const exact = new NameTrie<NameRef>();
  const skeletal = new NameTrie<NameRef>();
  const typos = new Map<string, NameRef[]>();
  const demonyms = new Map<string, { country: string; people: boolean }>();
  const countries = new Map<string, GazetteerEntry>();
  const lowerStarts = new Set<string>(ARTICLES);
  for (const e of byId.values()) {
    const curated = !e.source.split('+').every((s) => GENERATED.has(s));
    const generatedPlace = e.source === 'places.tsv';
    if (e.id.startsWith('country:') && e.country) {
      countries.set(e.country, e);
      for (const d of list(e.attrs.demonyms)) if (!PEOPLES.has(tokenKey(d))) demonyms.set(tokenKey(d.split(' ').join('')), { country: e.country, people: false });
      for (const d of list(e.attrs.people)) if (!PEOPLES.has(tokenKey(d))) demonyms.set(tokenKey(d.split(' ').join('')), { country: e.country, people: true });
    }
    // "Peoples Protection Units": scraped text that lost its apostrophes still names "People's Protection Units"
    const names = [e.name, ...e.aliases];
    if (!generatedPlace) names.push(...names.map((n) => n.replace(POSSESSIVE_S, 's')));
    for (const alias of new Set(names)) {
      // GeoNames writes ʿayn and hamza as apostrophes, never a possessive
      const keys = splitName(alias, generatedPlace);
      // "The Washington Post" is found as "Washington Post": no walk starts at every "the"
      if (keys[0] === 'the' && keys.length > 1) keys.shift();
      // a generated place's two- or three-letter name ("Tal", "Al") is noise
      if (keys.length === 0 || (generatedPlace && keys.length === 1 && keys[0]!.length <= 3)) continue;
      const ref: NameRef = {
        id: e.id, alias, curated,
        acronym: isAcronym(alias.replace(/\s+/g, '')),
        lower: /^\p{Ll}/u.test(alias) && !startsWithArticle(alias),
        needsArticle: keys.length === 1 && startsWithArticle(alias),
        common: generatedPlace && common.has(keys.join(' ')),
      };
      // "al-Omar" needs its article; a generated town's long, un-English name spelled as GeoNames spells it does not
      // ("As Sukhnah" / "Sukhnah"), but a loose spelling of it does
      const bare = ref.needsArticle && generatedPlace && keys[0]!.length >= 5 && !common.has(keys[0]!);
      exact.insert(keys, bare ? { ...ref, needsArticle: false } : ref);
      if (ref.lower) lowerStarts.add(keys[0]!);
      const translit = (e.type === 'place' || e.type === 'facility') && e.country !== undefined && TRANSLITERATED.has(e.country);
      const skel = keys.map(skeleton);
      // the first word keeps two consonants at least ("Ett Tell" must not meet "THE TOTAL"); a later one may keep
      // one, as "Ayn" does in "Ra's al-Ayn" / "Ras al-Ain"
      if (translit && !ref.acronym && skel.join('').length >= (keys.length === 1 ? 4 : 3) && skel.every((k, i) => k.length >= 2 || (i > 0 && keys[i]!.length >= 3))) {
        skeletal.insert(skel, ref);
      }
      if (keys.length === 1 && keys[0]!.length >= 5 && !ref.acronym && curated) {
        for (const d of [keys[0]!, ...deletions(keys[0]!)]) {
          const refs = typos.get(d);
          if (refs) refs.push(ref); else typos.set(d, [ref]);
        }
      }
    }
  }
  return { entries: [...byId.values()], byId, exact, skeletal, typos, common, demonyms, countries, lowerStarts };
}

let cached: Gazetteer | undefined;

/** The gazetteer from the data files (read once per process unless options are given). */
export function loadGazetteer(options: GazetteerOptions = {}): Gazetteer {
  if (!options.dir && !options.extra && cached) return cached;
  const dir = options.dir ?? DEFAULT_DIR;
  const commonPath = `${dir}/common-words.txt`;
  const common = new Set(fs.existsSync(commonPath) ? fs.readFileSync(commonPath, 'utf8').split('\n').filter((w) => w && !w.startsWith('#')) : []);
  const gaz = buildGazetteer([...readEntries(dir), ...(options.extra ?? [])], common);
  if (!options.dir && !options.extra) cached = gaz;
  return gaz;
}
