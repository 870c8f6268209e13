import { describe, expect, it } from 'vitest';
import { alternation } from '../../src/core/patterns.js';

/** Every match of a global pattern, as index:text. */
const matches = (source: string, flags: string, text: string) =>
  [...text.matchAll(new RegExp(source, flags))].map((m) => `${m.index}:${m[0]}`);

describe('alternation', () => {
  const cases: [string, string[], string, string][] = [
    ['gathers by first letter, longest first kept', ['reported', 'report', 'said', 'says', 'rumou?r'], 'gi', 'It was reported, he said; the report says rumours'],
    ['a branch with another start keeps its place', ['(?:could|can)not be', 'could', 'can', 'cold'], 'gi', 'We cannot be sure, it could be cold, can it'],
    ['upper and lower case of one letter keep their order', ['Syria', 'syrian', 'Sy'], 'gi', 'SYRIAN Syria sy'],
    ['a quantified first letter is not gathered', ['s?he', 'she', 'shed'], 'g', 'he shed she'],
    ['alternatives given with bars of their own', ['ab|ac', 'ad|[|]b'], 'g', 'ab ac ad |b'],
  ];
  it.each(cases)('%s', (_label, alternatives, flags, text) => {
    const plain = `\\b(?:${alternatives.join('|')})`;
    expect(matches(`\\b${alternation(alternatives)}`, flags, text)).toEqual(matches(plain, flags, text));
  });

  it('gathers branches under their first letter', () => {
    expect(alternation(['said', 'says', 'told'])).toBe('(?:s(?:aid|ays)|told)');
  });

  it('leaves a pattern with capturing groups or back-references as it is', () => {
    expect(alternation(['(ever|never)(?:,? \\1){2,}', 'every'])).toBe('(?:(ever|never)(?:,? \\1){2,}|every)');
    expect(alternation(['(?<w>a)b', 'ac'])).toBe('(?:(?<w>a)b|ac)');
  });
});
