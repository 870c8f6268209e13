import { describe, expect, it } from 'vitest';
import { eventsOf } from './helpers.js';

// Published on Sunday 2017-09-17. [label, text, date, precision]
const CASES: [string, string, string | null, string?][] = [
  ['weekday is the last one', 'Jets struck the depot on Saturday.', '2017-09-16'],
  ['weekday of publication itself', 'Jets struck the depot on Sunday.', '2017-09-17'],
  ['overnight is the night before', 'Shelling overnight wounded three.', '2017-09-16'],
  ['night of a date', 'On the night of September 3, rebels attacked the airport.', '2017-09-03'],
  ['full date', 'The raid on 2 August 2017 killed five.', '2017-08-02'],
  ['last week', 'Militants attacked a checkpoint last week.', '2017-09-10', 'week'],
  ['earlier this month', 'Earlier this month the army shelled the suburb.', '2017-09-01', 'month'],
  ['no date in the text', 'Militants attacked a checkpoint.', null],
];

describe('event dates', () => {
  for (const [label, text, date, precision] of CASES) {
    it(label, () => {
      const [e] = eventsOf(text, {}, { published: '2017-09-17' });
      expect(e?.date).toBe(date);
      expect(e?.datePrecision).toBe(precision);
    });
  }

  it('gives no date without a publication date', () => {
    expect(eventsOf('Jets struck the depot on Saturday.')[0]?.date).toBeNull();
  });
});

describe('history', () => {
  it('marks an event dated long before publication as historical', () => {
    const [e] = eventsOf('A gas attack on 21 August 2013 killed hundreds in the suburb.', {}, { published: '2017-09-17' });
    expect(e).toMatchObject({ date: '2013-08-21', historical: true });
  });
  it('leaves recent events unmarked', () => {
    const [e] = eventsOf('Jets struck the depot on Saturday.', {}, { published: '2017-09-17' });
    expect(e?.historical).toBeUndefined();
  });
});
