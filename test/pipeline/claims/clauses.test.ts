import { describe, expect, it } from 'vitest';
import { claimAt, findClaims } from '../../../src/pipeline/3-claims/index.js';
import { segment } from '../../../src/pipeline/1-segment/index.js';
import { fixture } from '../fixture.js';

const claimTexts = (text: string) => {
  const { doc, seg, ents } = fixture(text);
  return findClaims(doc, seg, ents).map((c) => text.slice(c.start, c.end));
};

// [label, text, expected claim texts]
const CASES: [string, string, string[]][] = [
  ['one sentence, one claim', 'The north was quiet all week.', ['The north was quiet all week.']],
  ['"but" joins two claims', 'The north is calm, but fighting goes on in the south.', ['The north is calm', 'but fighting goes on in the south.']],
  ['semicolon joins two claims', 'The town fell at noon; its defenders fled to the hills.', ['The town fell at noon', 'its defenders fled to the hills.']],
  ['too short to split', 'It rained, but briefly.', ['It rained, but briefly.']],
  ['no split inside a quotation', 'She said: "We held the ridge; they took the valley below us."', ['She said: "We held the ridge; they took the valley below us."']],
  ['a byline states nothing', 'By Nora Vance and Ali Reza\n\nThe pumps work again after the repairs.', ['The pumps work again after the repairs.']],
  ['"by" opening a statement is no byline', 'By the end of May the pumps worked again.', ['By the end of May the pumps worked again.']],
  ['fragments are left out', 'Yes. The pumps work again after the repairs.', ['The pumps work again after the repairs.']],
];

describe('claims: the stretches that state something', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    expect(claimTexts(text)).toEqual(expected);
  });

  it('numbers claims c1, c2, … in text order', () => {
    const { doc, seg, ents } = fixture('The dam held. The river rose by a metre. The road stayed open all night.');
    expect(findClaims(doc, seg, ents).map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('claims the headline apart from the body, and nothing after the body', () => {
    const text = 'Dam Holds As River Rises\n\nThe dam held through the night. Readers wrote in all evening.';
    const doc = { id: 't', source: 't.txt', title: 'Dam Holds As River Rises', published: null, text };
    const seg = segment(doc);
    const claims = findClaims(doc, { ...seg, bodyEnd: text.indexOf('Readers') }, { entities: [], mentions: [] });
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['Dam Holds As River Rises', 'The dam held through the night.']);
  });

  it('claimAt finds the narrowest claim around a span', () => {
    const text = 'The north is calm, but fighting goes on in the south.';
    const { doc, seg, ents } = fixture(text);
    const claims = findClaims(doc, seg, ents);
    const at = text.indexOf('fighting');
    expect(claimAt(claims, { start: at, end: at + 8 })?.id).toBe('c2');
    expect(claimAt(claims, { start: 0, end: text.length })).toBeNull();
  });

  it('never throws on garbage', () => {
    for (const junk of ['', '"""', '?!?!', '“ ” ‘ ’ «»', 'said said said,', '\n\n\n', 'a'.repeat(5000), 'It was reported that']) {
      const { doc, seg, ents } = fixture(junk);
      expect(() => findClaims(doc, seg, ents)).not.toThrow();
    }
  });
});
