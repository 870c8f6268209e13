/**
 * Helpers for writing lexicon patterns. Scraped text puts non-breaking
 * spaces, doubled spaces and line breaks between words, so a space in a
 * lexicon entry stands for any run of white space.
 *
 * @example
 *   new RegExp(flexibleSpaces('according to')).test('according\u00a0to') // => true
 *   flexibleSpaces('for [\\w ]+')                                        // => 'for\\s+[\\w\\s]+'
 *   flexibleSpaces('straw ?man')                                         // => 'straw\\s*man'
 */

/** Turns each literal space of a pattern into `\s+` (or `\s` inside a character class). */
export function flexibleSpaces(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (c !== ' ') { out += c; continue; }
    if (inClass) out += '\\s';
    else if (source[i + 1] === '?' || source[i + 1] === '*') {
      // "straw ?man": the space itself is optional
      out += '\\s*';
      i++;
    } else {
      while (source[i + 1] === ' ') i++;
      out += '\\s+';
    }
  }
  return out;
}
