import { describe, expect, it } from 'vitest';
import { ANY, firstLetters } from '../../../src/pipeline/4-events/first-letters.js';

// [label, regex source, letters it can start with]
const CASES: [string, string, string[]][] = [
  ['plain words', 'attack|struck', ['a', 's']],
  ['group first', '(?:car|truck) bombs?', ['c', 't']],
  ['optional group lets the rest start', '(?:land ?)?mines', ['l', 'm']],
  ['word boundary is skipped', '\\bdrone strike', ['d']],
  ['a class may start with anything', '[a-z]+ed', [ANY]],
];

describe('first letters of a trigger pattern', () => {
  for (const [label, src, letters] of CASES) {
    it(label, () => expect([...firstLetters(src)].sort()).toEqual([...letters].sort()));
  }
});
