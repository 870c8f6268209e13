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
    const rest = text.slice(end, end + 3);
    const p = POSSESSIVE.exec(rest);
    const poss = p !== null && (p[0].length === 2 || /s$/i.test(word)) && !/^['’`]\p{L}{2}/u.test(rest);
    if (poss) WORD.lastIndex = end + p[0].length;
    const letters = word.replace(/\./g, '');
    tokens.push({
      start, end, text: word, key: tokenKey(word),
      cap: /[\p{Lu}\p{N}]/u.test(word[0]!),
      upper: letters.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(letters) && /\p{Lu}/u.test(letters),
      initial: tokens.length === sentenceStartToken,
      poss, sentence: si,
    });
  }
  markUnreliableCapitals(tokens);
  return tokens;
}

/** In a headline-style or shouted sentence every capital is unreliable. */
function markUnreliableCapitals(tokens: Token[]): void {
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence) j++;
    let long = 0, caps = 0;
    for (let k = i; k < j; k++) {
      const t = tokens[k]!;
      if (t.text.length >= 4) { long++; if (t.cap) caps++; }
    }
    if (long >= 3 && caps / long >= 0.6) for (let k = i; k < j; k++) tokens[k]!.initial = true;
    i = j;
  }
}
