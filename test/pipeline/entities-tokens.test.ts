import { describe, expect, it } from 'vitest';
import { Sep, tokenize } from '../../src/pipeline/2-entities/01-tokens.js';

/** The words a text has, by the pattern the tokenizer reads by hand. */
const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}\p{N}]+/gu;
const byPattern = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
const words = (text: string) => tokenize(text, text.length, [{ start: 0, end: text.length }]);

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('tokenize', () => {
  const cases: [string, string, string[]][] = [
    ['dotted capitals', 'the U.S. and U.K', ['the', 'U.S.', 'and', 'U.K']],
    ['a capital and a dot before a small letter', 'A.b', ['A', 'b']],
    ['accents and combining marks', 'Ḩamāh and Hama\u0301h', ['Ḩamāh', 'and', 'Hama\u0301h']],
    ['Arabic letters and digits', 'قرية ٣ and 42nd', ['قرية', '٣', 'and', '42nd']],
    ['letters beyond the Basic Multilingual Plane', 'x𝐀𝐁 🙂 y', ['x𝐀𝐁', 'y']],
    ['non-ASCII dotted capitals', 'É.Ü. said', ['É.Ü.', 'said']],
    ['a possessive is no word', 'Syria’s army, SDF\'s', ['Syria', 'army', 'SDF']],
    ['an ʿayn or hamza mark keeps the word whole', 'Ma\'arrat al-Nu’man, Hay‘at', ['Ma\'arrat', 'al', 'Nu’man', 'Hay‘at']],
    ['contractions stay apart', 'they\'re, we’ve, don\'t', ['they', 're', 'we', 've', 'don', 't']],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(words(text).map((t) => t.text)).toEqual(expected);
  });

  it('keys words in lower case, accents and dots gone', () => {
    expect(words('ḨAMĀH U.S. Raqqa al Nu\'man').map((t) => t.key)).toEqual(['hamah', 'us', 'raqqa', 'al', 'numan']);
  });

  it('tells spaces, hyphens and punctuation apart', () => {
    expect(words('Deir ez-Zor - Tal Afar, Iraq').map((t) => t.sep)).toEqual([Sep.Space, Sep.Hyphen, Sep.SpacedHyphen, Sep.Space, Sep.Other, Sep.Other]);
  });

  it('keeps its words in order, inside the text and apart, on garbage with apostrophes and marks', () => {
    const pieces = ['a', 'Z', 's', 't', 're', "'", '’', '‘', 'ʿ', '`', ' ', '-', '1', 'é', '\u0301', 'ق', '𝐀', '.', ','];
    const rnd = random(11);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = Math.floor(rnd() * 24); i > 0; i--) text += pieces[Math.floor(rnd() * pieces.length)];
      const tokens = words(text);
      tokens.forEach((t, i) => {
        expect(t.start < t.end && t.end <= text.length && text.slice(t.start, t.end) === t.text, JSON.stringify(text)).toBe(true);
        if (i > 0) expect(t.start, JSON.stringify(text)).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
      });
    }
  });

  it('finds the words the pattern finds, on garbage', () => {
    const pieces = ['a', 'Z', 'U', 'S', '.', '.', ' ', '-', '1', 'é', 'É', '\u0301', 'ق', '٣', '𝐀', '🙂', '\ud800', '\udc00', 'ǅ', 'ß', '\u00a0', ',', '\n'];
    const rnd = random(7);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = Math.floor(rnd() * 24); i > 0; i--) text += pieces[Math.floor(rnd() * pieces.length)];
      expect(words(text).map((t) => [t.start, t.end]), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });
});
