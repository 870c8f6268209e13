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

/**
 * Top-level alternatives of a pattern: `a|b(?:c|d)|[|]` → `['a', 'b(?:c|d)', '[|]']`.
 */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(from, i)); from = i + 1; }
  }
  out.push(source.slice(from));
  return out;
}

/** A back-reference; a capturing group, once escapes and character classes are taken out. */
const BACK_REFERENCE = /\\[1-9]|\\k</;
const CAPTURING_GROUP = /\((?!\?)|\(\?<(?![=!])/;
const ESCAPES_AND_CLASSES = /\\.|\[(?:\\.|[^\]\\])*\]/g;

/** Starts with a plain letter that is not quantified ("s?he" does not start with "s"). */
const LETTER_START = /^[A-Za-z](?![?*+{])/;

/**
 * The alternatives as one non-capturing group that matches exactly what
 * `(?:a|b|…)` matches, with the alternatives that start with the same
 * letter gathered under it: `(?:s(?:aid|ays)|t(?:old|ells))`.
 *
 * Why: at every word start V8 tries a long alternation's branches one by
 * one; gathered, it rejects all the branches of a letter in one test, which
 * makes scanning a text with a lexicon of a hundred words about twice as
 * fast. Only the order of branches that cannot match at the same place
 * changes (different first letters); a branch that starts otherwise keeps
 * its place before or after every other. A pattern with capturing groups
 * is left as it is, so that their numbers stay.
 *
 * @example
 *   alternation(['said', 'says', 'told', '(?:could|can)not']) // => '(?:s(?:aid|ays)|told|(?:could|can)not)'
 */
export function alternation(alternatives: readonly string[]): string {
  const plain = `(?:${alternatives.join('|')})`;
  if (BACK_REFERENCE.test(plain) || CAPTURING_GROUP.test(plain.replace(ESCAPES_AND_CLASSES, ''))) return plain;
  const branches = alternatives.flatMap(topLevelAlternatives);
  const parts: string[] = [];
  // a run of letter-started branches between two others: gathered by letter, each letter where first seen
  let run = new Map<string, string[]>();
  const flush = () => {
    for (const [letter, rests] of run) parts.push(rests.length === 1 ? letter + rests[0] : `${letter}(?:${rests.join('|')})`);
    run = new Map();
  };
  for (const b of branches) {
    if (!LETTER_START.test(b)) { flush(); parts.push(b); continue; }
    const letter = b[0]!;
    // "S…" and "s…" may match at one place when case is ignored: the second closes the run, so they keep their order
    if (run.has(letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase())) flush();
    const rests = run.get(letter);
    if (rests) rests.push(b.slice(1));
    else run.set(letter, [b.slice(1)]);
  }
  flush();
  return `(?:${parts.join('|')})`;
}
