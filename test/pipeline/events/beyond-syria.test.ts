/**
 * The whole pipeline on short reports from other wars, in our own words:
 * nothing in the event stage may depend on Syria's names.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractionRecord } from '../../../src/core/record.js';
import { extract, toDoc } from '../../../src/pipeline/index.js';

function record(text: string): ExtractionRecord {
  return extract(toDoc({ source: 't.txt', title: null, published: '2024-03-10', text }));
}
/** Each attack as "mode actor @ place killed", with entity names for ids. */
function attacks(text: string): string[] {
  const r = record(text);
  const name = (id: string | null | undefined) => (id ? r.entities.find((e) => e.id === id)?.name ?? id : '-');
  return r.events.filter((e) => e.type === 'ASSAULT')
    .map((e) => `${e.mode ?? '-'} ${name(e.actor)} @ ${name(e.place)}${e.casualties?.killed ? ` killed ${e.casualties.killed}` : ''}`);
}

describe('attacks outside Syria', () => {
  const cases: [string, string, string[]][] = [
    ['drones launched at a target',
      'Houthi fighters launched explosive-laden drones at an oil terminal in Jizan on Sunday, the Saudi-led coalition said.',
      ['drone Houthis @ Jizan']],
    ['a town named after its country\'s adjective',
      'Coalition warplanes carried out air strikes on the Yemeni capital Sanaa on Saturday, killing seven people, the Saudi-led coalition said.',
      ['aerial Saudi-led coalition @ Sanaa killed 7']],
    ['"the strike" after a missile attack is that attack',
      'Russian forces hit a power plant in Kharkiv with cruise missiles overnight, killing two workers. The strike cut power to thousands of homes.',
      ['heavy-weapons Russia @ Kharkiv killed 2']],
    ['an aid agency or a rights group is no attacker',
      'Médecins Sans Frontières staff fled as shells hit the clinic in Kharkiv, killing four.',
      ['heavy-weapons - @ Kharkiv killed 4']],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(attacks(text)).toEqual(expected);
  });

  it('joins "the drone attack" to the drone attack, not to a later air strike', () => {
    const text = 'Houthi fighters launched drones at an oil terminal in Jizan. Hours later coalition warplanes struck Sanaa. '
      + 'The Houthis said the drone attack was a warning.';
    expect(attacks(text)).toEqual(['drone Houthis @ Jizan', 'aerial - @ Sanaa']);
  });
});
