/**
 * Keys under which names are looked up: one spelling-insensitive key per
 * token, and a looser transliteration skeleton for Arabic names, so that
 * "Deir ez-Zor", "Deir Ezzor", "Deir al-Zor" and "Dayr az Zawr" meet.
 *
 * @example
 *   tokenKey('Ḩamāh')          // => 'hamah'
 *   tokenKey('U.S.')           // => 'us'
 *   skeleton('ezzor')          // => 'zr'
 *   splitName('al-Qaryatain')  // => ['qaryatain'] (articles dropped)
 */

const MARKS = /[\u0300-\u036f]/g;
const NOT_ALNUM = /[^a-z0-9]/g;

/** Lower case, accents and apostrophes (ʿayn, hamza) gone, letters and digits only. */
export function tokenKey(token: string): string {
  // the common case, plain ASCII letters and digits, without a regular expression
  let plain = true;
  for (let i = 0; i < token.length && plain; i++) {
    const c = token.charCodeAt(i);
    plain = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  if (plain) return token.toLowerCase();
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(token) ? token : token.normalize('NFKD').replace(MARKS, '');
  return ascii.toLowerCase().replace(NOT_ALNUM, '');
}

/**
 * The Arabic definite article in its transliterations. Dropped from names
 * wherever it stands ("ar-Raqqah" and "Raqqah" are one name).
 */
export const ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'il', 'ad', 'ed', 'adh', 'as', 'es', 'ash', 'az', 'ez', 'ar', 'er', 'at', 'et', 'ath', 'an', 'en', 'aj', 'ag',
]);

/** Articles that are also English words: skipped in running text only when hyphened to the name ("as-Suwayda"). */
export const ENGLISH_ARTICLES: ReadonlySet<string> = new Set(['as', 'at', 'an', 'ad', 'en', 'il', 'ag', 'ed', 'es', 'et', 'er']);

const TOKEN = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}\p{N}]+/gu;

/**
 * Marks of transliteration inside a word: ʿayn and hamza written as ‘ ʿ ʾ or `, and as ' or ’ before
 * two letters or more ("Ma‘arrat an Nu‘mān", "Nu'man"); a possessive "’s" stays a break.
 */
const IN_WORD_MARK = /(?<=\p{L})(?:[‘ʿʾ`]|['’](?=\p{L}{2}))(?=\p{L})/gu;
/** A possessive "'s" inside a name. */
export const POSSESSIVE_S = /(?<=\p{L})['’]s\b/gu;
/** Every apostrophe, for names that have no possessives: GeoNames' "Ra’s al ‘Ayn" is "Ras al Ayn". */
const ANY_MARK = /[‘’'`ʿʾ]/g;

/** The lookup keys of a name's tokens, articles dropped; `noPossessives` when no apostrophe in the name can be one. */
export function splitName(name: string, noPossessives = false): string[] {
  const keys: string[] = [];
  // "People's Protection Units" is keyed as the text's words are: a possessive is no word of its own
  const folded = noPossessives ? name.replace(ANY_MARK, '') : name.replace(IN_WORD_MARK, '').replace(POSSESSIVE_S, '');
  for (const m of folded.matchAll(TOKEN)) {
    const k = tokenKey(m[0]);
    if (k && !ARTICLES.has(k)) keys.push(k);
  }
  return keys;
}

const NAME_KEYS = new Map<string, readonly string[]>();
const MAX_NAMES = 50_000;

/**
 * `splitName`, worked out once per name: the entity steps split the same
 * names again on every mention. The array is shared, so it is read-only.
 */
export function nameKeys(name: string): readonly string[] {
  let keys = NAME_KEYS.get(name);
  if (!keys) {
    if (NAME_KEYS.size > MAX_NAMES) NAME_KEYS.clear();
    NAME_KEYS.set(name, (keys = splitName(name)));
  }
  return keys;
}

/** Whether a name's first token is an article ("al-Omar"): such a name needs its article in the text when one token is left. */
export function startsWithArticle(name: string): boolean {
  const first = name.match(TOKEN)?.[0];
  return first !== undefined && ARTICLES.has(tokenKey(first));
}

const DIGRAPHS: [RegExp, string][] = [[/kh/g, 'h'], [/gh/g, 'g'], [/th/g, 't'], [/dh/g, 'd'], [/ph/g, 'f'], [/q/g, 'k'], [/c/g, 'k']];
const VOWELS = /[aeiouyw]/g;

/**
 * Consonant skeleton of a key for transliterated names: vowels (and the
 * semivowels y, w) dropped, q/c as k, kh as h, doubled letters once, a
 * final -ah/-eh ending dropped: "raqqah" and "rakka" → "rk"; "hassakeh",
 * "hasaka" and "hasakah" → "hsk".
 */
const skeletons = new Map<string, string>();

export function skeleton(key: string): string {
  const known = skeletons.get(key);
  if (known !== undefined) return known;
  // bounded memo: the same few thousand words recur across documents
  if (skeletons.size > 100_000) skeletons.clear();
  const out = skeletonOf(key);
  skeletons.set(key, out);
  return out;
}

function skeletonOf(key: string): string {
  // a final -ah/-eh is the feminine ending, written or not: "Raqqah" / "Raqqa"
  let s = key.replace(/([aeiou])h$/, '$1');
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  s = s.replace(VOWELS, '');
  let out = '';
  for (const ch of s) if (ch !== out[out.length - 1]) out += ch;
  return out;
}

/** The key with one letter deleted at each position: two keys within one edit share a variant. */
export function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** Whether two keys are at most one edit apart (a letter added, dropped, changed, or two swapped). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
