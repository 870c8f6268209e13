import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/core/words.js';
import { flexibleSpaces } from '../../src/core/patterns.js';

// [label, text, expected words]
const WORDS: [string, string, number][] = [
  ['plain words', 'the river rose', 3],
  ['punctuation between', 'rain, wind; snow.', 3],
  ['apostrophe inside a word', "didn't stop", 2],
  ['hyphenated compound', 'a well-known road', 3],
  ['accented letters', 'Mosquée près de Alep', 4],
  ['numbers count', 'in 2017 at 6.000 men', 5],
  ['nothing but marks', '— … " ,', 0],
];

describe('countWords', () => {
  it.each(WORDS)('%s', (_label, text, n) => expect(countWords(text)).toBe(n));
  it('counts inside a range', () => expect(countWords('one two three four', 4, 13)).toBe(2));
});

// [label, pattern, text, should match]
const SPACES: [string, string, string, boolean][] = [
  ['a space matches a non-breaking one', 'according to', 'according\u00a0to', true],
  ['a space matches a line break', 'false flag', 'false\nflag', true],
  ['an optional space may be missing', 'straw ?man', 'strawman', true],
  ['a space in a class stays one character class', 'for [\\w ]+x', 'for a b x', true],
  ['words still have to be there', 'according to', 'accordingto', false],
];

describe('flexibleSpaces', () => {
  it.each(SPACES)('%s', (_label, pattern, text, ok) => expect(new RegExp(flexibleSpaces(pattern)).test(text)).toBe(ok));
});
