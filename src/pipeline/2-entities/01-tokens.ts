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

function separator(text: string, a: Token, start: number): Sep {
  if (a.poss) return Sep.Other;
  if (start === a.end + 1) {
    const c = text.charCodeAt(a.end);
    if (c === 32) return Sep.Space;
    if (c === 45 || c === 0x2010 || c === 0x2013) return Sep.Hyphen;
  }
  // spaces, tabs and no-break spaces, with at most one hyphen among them; read in place, as most gaps are a comma or a stop
  let hyphen = false;
  for (let i = a.end; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) continue;
    if (!hyphen && (c === 45 || c === 0x2010 || c === 0x2013)) hyphen = true;
    else return Sep.Other;
  }
  return start === a.end ? Sep.Other : hyphen ? Sep.SpacedHyphen : Sep.Space;
}

const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}\p{N}]+/gu;
/** What follows the apostrophe of "they're", "we've", "I'll", "it's", "don't": no part of a name. */
const CONTRACTION = /^(?:re|ve|ll|s|t|d|m)$/i;

/**
 * Whether the mark at `at` joins the word that ends there to the next one, which it writes into `tail`: an ʿayn or
 * hamza sign between letters always does, an apostrophe only before two letters or more that are no contraction.
 */
function markJoins(text: string, at: number, tail: WordSpan): boolean {
  const c = text.charCodeAt(at);
  const apostrophe = c === 39 || c === 0x2019;
  if (!apostrophe && c !== 0x2018 && c !== 96 && c !== 0x2bf && c !== 0x2be) return false;
  if (at === 0 || !(classOf(text.charCodeAt(at - 1)) & LETTER) || !(classOf(text.charCodeAt(at + 1)) & LETTER)) return false;
  if (!nextWord(text, at + 1, tail) || tail.start !== at + 1) return false;
  return !CONTRACTION.test(text.slice(tail.start, tail.end)) && (!apostrophe || tail.end - tail.start >= 2);
}
const POSSESSIVE = /^['’`](?:s\b)?/;

/** Words of `text` before `limit`, given the sentence spans. */
export function tokenize(text: string, limit: number, sentences: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let si = 0;
  let sentenceStartToken = 0;
  const span: WordSpan = { start: 0, end: 0, next: 0, plain: false, capitals: false };
  const tail: WordSpan = { start: 0, end: 0, next: 0, plain: false, capitals: false };
  while (nextWord(text, span.next, span) && span.start < limit) {
    // "Nu'man", "Hay’at", "Ma‘arrat": a transliteration's ʿayn or hamza keeps the word whole
    while (markJoins(text, span.end, tail)) {
      span.end = span.next = tail.end;
      span.plain = false;
    }
    const { start, end } = span;
    const word = text.slice(start, end);
    while (si < sentences.length - 1 && start >= sentences[si]!.end) si++;
    if (tokens.length === 0 || tokens[tokens.length - 1]!.sentence !== si) sentenceStartToken = tokens.length;
    // "Syria's", "SDF’s", "Syrias'": the possessive is no word of its own ("it's" and "Shi'ite" are not possessives)
    let poss = false;
    const q = text.charCodeAt(end);
    if (q === 39 || q === 0x2019 || q === 96) {
      const rest = text.slice(end, end + 3);
      const p = POSSESSIVE.exec(rest);
      poss = p !== null && (p[0].length === 2 || /s$/i.test(word)) && !/^['’`]\p{L}{2}/u.test(rest);
      if (poss) span.next = end + p![0].length;
    }
    // what tokenKey gives, without its checks for the plain words that are most of a text
    const key = !span.plain ? tokenKey(word) : span.capitals ? word.toLowerCase() : word;
    const c0 = word.charCodeAt(0);
    const cap = c0 < 128 ? (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) : /[\p{Lu}\p{N}]/u.test(word[0]!);
    const prev = tokens[tokens.length - 1];
    if (prev) prev.sep = separator(text, prev, start);
    tokens.push({
      start, end, text: word, key, cap, sep: Sep.Other,
      upper: cap && word.length >= 2 && isUpper(word),
      initial: tokens.length === sentenceStartToken,
      poss, sentence: si,
    });
  }
  markUnreliableCapitals(tokens);
  return tokens;
}

/**
 * WORD's matches, found one character code at a time, with what keying a
 * word needs to know: running WORD and `tokenKey` on every word was most of
 * the tokenizer's time. A character's classes come from a table of the
 * Basic Multilingual Plane, filled in as characters are met; where a
 * surrogate pair (a character beyond that plane) turns up, WORD decides.
 */
const CLASSES = new Uint8Array(0x10000);
const KNOWN = 1, LETTER = 2, CAPITAL = 4, PLAIN = 8;

/** KNOWN; LETTER for a letter, mark or digit (`[\p{L}\p{M}\p{N}]`); CAPITAL for `\p{Lu}`; PLAIN for an ASCII letter or digit. */
function classOf(c: number): number {
  let k = CLASSES[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (/[\p{L}\p{M}\p{N}]/u.test(ch) ? LETTER : 0) | (/\p{Lu}/u.test(ch) ? CAPITAL : 0) | (/[A-Za-z0-9]/.test(ch) ? PLAIN : 0);
    CLASSES[c] = k;
  }
  return k;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** A word's span, where to look for the next one, and whether it is plain ASCII letters and digits (with capitals). */
interface WordSpan { start: number; end: number; next: number; plain: boolean; capitals: boolean }

/**
 * The first match of WORD at or after `from`, written into `span` (one
 * record for the whole text, not one per word); false when there is none.
 */
function nextWord(text: string, from: number, span: WordSpan): boolean {
  const n = text.length;
  let start = from;
  for (; start < n; start++) {
    const c = text.charCodeAt(start);
    if (isSurrogate(c)) return byPattern(text, start, span);
    if (classOf(c) & LETTER) break;
  }
  if (start >= n) return false;
  const first = classOf(text.charCodeAt(start));
  // WORD's first way: capitals joined by dots ("U.S.")
  if (first & CAPITAL && text.charCodeAt(start + 1) === 46) {
    let end = start + 1;
    while (text.charCodeAt(end) === 46 && end + 1 < n) {
      const c = text.charCodeAt(end + 1);
      if (isSurrogate(c)) return byPattern(text, start, span);
      if (!(classOf(c) & CAPITAL)) break;
      end += 2;
    }
    if (end > start + 1) return found(span, start, text.charCodeAt(end) === 46 ? end + 1 : end, false, true);
  }
  // the classes every character has, and those any has
  let all = first, any = first;
  let end = start + 1;
  for (; end < n; end++) {
    const c = text.charCodeAt(end);
    if (isSurrogate(c)) return byPattern(text, start, span);
    const k = classOf(c);
    if (!(k & LETTER)) break;
    all &= k;
    any |= k;
  }
  return found(span, start, end, (all & PLAIN) !== 0, (any & CAPITAL) !== 0);
}

/** WORD's own match at or after `from`. */
function byPattern(text: string, from: number, span: WordSpan): boolean {
  WORD.lastIndex = from;
  const m = WORD.exec(text);
  return m !== null && found(span, m.index, m.index + m[0].length, false, true);
}

function found(span: WordSpan, start: number, end: number, plain: boolean, capitals: boolean): true {
  span.start = start;
  span.end = span.next = end;
  span.plain = plain;
  span.capitals = capitals;
  return true;
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
