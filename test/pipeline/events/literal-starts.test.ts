import { describe, expect, it } from 'vitest';
import { ANY, literalStarts } from '../../../src/pipeline/4-events/literal-starts.js';

// [label, regex source, how far to look, the starts it can have]
const CASES: [string, string, number, string[]][] = [
  ['plain words', 'attack|struck', 3, ['att', 'str']],
  ['group first', '(?:car|truck) bombs?', 3, ['car', 'tru']],
  ['optional group lets the rest start', '(?:land ?)?mines', 3, ['lan', 'min']],
  ['word boundary is skipped', '\\bdrone strike', 3, ['dro']],
  ['a class may start with anything', '[a-z]+ed', 3, [ANY]],
  ['a quantified last letter is not required', 'ai?r', 3, ['a']],
  ['a short word in a group stays short', '(?:is|are) hit', 3, ['is', 'are']],
  ['a lookahead tells nothing', '(?=raid)\\w+', 3, [ANY]],
  ['upper case is folded', 'Sarin gas', 2, ['sa']],
  ['one letter', 'attack|(?:struck|hit)', 1, ['a', 's', 'h']],
];

describe('literal starts of a trigger pattern', () => {
  for (const [label, src, n, starts] of CASES) {
    it(label, () => expect([...literalStarts(src, n)].sort()).toEqual([...starts].sort()));
  }
});
