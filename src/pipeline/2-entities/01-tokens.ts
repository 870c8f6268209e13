/**
 * Step 01: the body's words, with what matching needs to know of each:
 * its lookup key, its capitals, whether it starts a sentence (where
 * capitals say nothing), and whether a possessive follows.
 *
 * @example
 *   tokenize('Syria’s army.', 13, [{ start: 0, end: 13 }])
 *   // => [{ text: 'Syria', key: 'syria', cap: true, initial: true, poss: true, … }, { text: 'army', … }]
 */
import type { Span } from '../../core/record.js';
import { tokenKey } from '../../gazetteer/index.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
  /** Starts with a capital letter or a digit. */
  cap: boolean;
  /** Two or more letters, all capitals ("SDF", "U.S."). */
  upper: boolean;
  /** Its capital says nothing: the first word of a sentence, or any word of a title-case or all-capitals line. */
  initial: boolean;
  /** Followed by 's or ’s (or a bare apostrophe after a plural). */
  poss: boolean;
  /** Index of its sentence. */
  sentence: number;
  /** What separates it from the next word. */
  sep: Sep;
}

/** What stands between two words, as far as names care. */
export const Sep = {
  /** Anything else: punctuation, a line break, a possessive, the end. */
  Other: 0,
  /** Spaces. */
  Space: 1,
  /** One hyphen, no spaces: "US-backed", "al-Omar". */
  Hyphen: 2,
  /** A hyphen with spaces: "Tal Afar- Iraq". */
  SpacedHyphen: 3,
} as const;
export type Sep = (typeof Sep)[keyof typeof Sep];

const SPACES = /^[ \t\u00a0]+$/;
const SPACED_HYPHEN = /^[ \t\u00a0]*[-‐–][ \t\u00a0]*$/;

function separator(text: string, a: Token, start: number): Sep {
  if (a.poss) return Sep.Other;
  if (start === a.end + 1) {
    const c = text.charCodeAt(a.end);
    if (c === 32) return Sep.Space;
    if (c === 45 || c === 0x2010 || c === 0x2013) return Sep.Hyphen;
  }
  const gap = text.slice(a.end, start);
  return SPACES.test(gap) ? Sep.Space : SPACED_HYPHEN.test(gap) ? Sep.SpacedHyphen : Sep.Other;
}

const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}\p{N}]+/gu;
const POSSESSIVE = /^['’`](?:s\b)?/;

/** Words of `text` before `limit`, given the sentence spans. */
export function tokenize(text: string, limit: number, sentences: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let si = 0;
  let sentenceStartToken = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && m.index < limit; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = m[0];
    while (si < sentences.length - 1 && start >= sentences[si]!.end) si++;
    if (tokens.length === 0 || tokens[tokens.length - 1]!.sentence !== si) sentenceStartToken = tokens.length;
    // "Syria's", "SDF’s", "Syrias'": the possessive is no word of its own ("it's" and "Shi'ite" are not possessives)
    let poss = false;
    const q = text.charCodeAt(end);
    if (q === 39 || q === 0x2019 || q === 96) {
      const rest = text.slice(end, end + 3);
      const p = POSSESSIVE.exec(rest);
      poss = p !== null && (p[0].length === 2 || /s$/i.test(word)) && !/^['’`]\p{L}{2}/u.test(rest);
      if (poss) WORD.lastIndex = end + p![0].length;
    }
    const c0 = word.charCodeAt(0);
    const cap = c0 < 128 ? (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) : /[\p{Lu}\p{N}]/u.test(word[0]!);
    const prev = tokens[tokens.length - 1];
    if (prev) prev.sep = separator(text, prev, start);
    tokens.push({
      start, end, text: word, key: tokenKey(word), cap, sep: Sep.Other,
      upper: cap && word.length >= 2 && isUpper(word),
      initial: tokens.length === sentenceStartToken,
      poss, sentence: si,
    });
  }
  markUnreliableCapitals(tokens);
  return tokens;
}

/** Two or more letters, all capitals (digits and the dots of "U.S." allowed). */
function isUpper(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
    else if (c === 46 || (c >= 48 && c <= 57)) continue;
    else if (c < 128) return false;
    else return /^[\p{Lu}\p{N}.]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
  }
  return letters >= 2 || (letters === 1 && word.length >= 2 && /\d/.test(word));
}

/** In a headline-style or shouted sentence every capital is unreliable. */
function markUnreliableCapitals(tokens: Token[]): void {
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence) j++;
    // every word counts, short ones too: a headline capitalises "With" and "In", a sentence full of names does not
    let caps = 0;
    for (let k = i; k < j; k++) if (tokens[k]!.cap) caps++;
    if (j - i >= 4 && caps / (j - i) >= 0.6) for (let k = i; k < j; k++) tokens[k]!.initial = true;
    i = j;
  }
}
