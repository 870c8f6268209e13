import { describe, expect, it } from 'vitest';
import { lastStartingAt, spanAt } from '../../src/core/spans.js';

const SPANS = [{ start: 0, end: 10 }, { start: 12, end: 20 }, { start: 20, end: 31 }];

// [label, offset, index of the last span starting at or before it, the span holding it]
const CASES: [string, number, number, number | null][] = [
  ['at the very start', 0, 0, 0],
  ['inside the first', 5, 0, 0],
  ['in the gap between two', 11, 0, null],
  ['where one ends and the next begins', 20, 2, 2],
  ['past the end', 40, 2, null],
  ['before everything', -1, -1, null],
];

describe('span lookups', () => {
  it.each(CASES)('%s', (_label, at, last, holder) => {
    expect(lastStartingAt(SPANS, at)).toBe(last);
    expect(spanAt(SPANS, at)).toBe(holder === null ? null : SPANS[holder]);
  });

  it('finds nothing in no spans', () => expect(spanAt([], 3)).toBeNull());
});
