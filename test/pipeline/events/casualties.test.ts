import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../src/pipeline/4-events/numbers.js';
import { eventsOf } from './helpers.js';

// [label, phrase, value, approximate, minimum, upTo]
const COUNTS: [string, string, number, boolean, boolean, number?][] = [
  ['comma thousands', '5,812', 5812, false, false],
  ['dot thousands', '6.000', 6000, false, false],
  ['word', 'six', 6, false, false],
  ['hyphenated word', 'twenty-two', 22, false, false],
  ['word with scale', 'two hundred', 200, false, false],
  ['vague', 'dozens', 24, true, true],
  ['floor', 'at least 112', 112, false, true],
  ['more than', 'more than 120', 120, false, true],
  ['range', '10 to 15', 10, false, false, 15],
  ['rounded', 'about 40', 40, true, false],
];

describe('counts', () => {
  for (const [label, phrase, value, approximate, minimum, upTo] of COUNTS) {
    it(label, () => {
      expect(parseCount(phrase)).toEqual({ value, approximate, minimum, ...(upTo ? { upTo } : {}) });
    });
  }
  it('a year is not a count', () => expect(parseCount('2013')).toBeNull());
});

// [label, text, casualties of the one ASSAULT]
const TOLLS: [string, string, Record<string, number>][] = [
  ['subject toll', 'Seven villagers were killed when shells hit the market.', { killed: 7 }],
  ['object toll', 'The blast killed 3,450 people at the stadium.', { killed: 3450 }],
  ['killed and wounded', 'Rockets killed four civilians and wounded eleven others in the suburb.', { killed: 4, wounded: 11 }],
  ['wounded of its fighters', 'The front said the raid wounded six of its fighters.', { wounded: 6 }],
  ['minimum', 'Air strikes killed at least 112 people across the province.', { killed: 112 }],
  ['split by group', 'Shelling hit the camp and 10 children and 13 guards were killed.', { killed: 23 }],
  ['including is not a sum', 'Nine people, including four children, were killed in the bombing.', { killed: 9 }],
  ['singular victim', 'A woman was killed and 35 others were injured in the mortar attack.', { killed: 1, wounded: 35 }],
  ['named victim', 'The death of Colonel Mirov in the ambush was confirmed.', { killed: 1 }],
  ['captured and executed', 'The raiders captured 20 guards and executed them at dawn.', { captured: 20, killed: 20 }],
  ['abducted', 'Gunmen abducted 12 workers from the quarry.', { abducted: 12 }],
  ['toll update replaces', 'A car bomb killed 40 people in the market. The death toll later rose to 76.', { killed: 76 }],
  ['vague counts are kept', 'Barrel bombs killed dozens of people in the old quarter.', { killed: 24 }],
  ['not a distance', 'Jets struck a convoy 20 kilometres from the town.', {}],
  ['a part of a toll is not a toll', 'Air strikes killed 30 people. Four children were among the dead.', { killed: 30 }],
  ['nominal killing of', 'The rocket led to the killing of one person and the injury of 40 others.', { killed: 1, wounded: 40 }],
  ['split after the verb', 'Warplanes killed 14 fighters and three shepherds near the dam.', { killed: 17 }],
  ['doers are not victims', 'A hundred gunmen captured the depot at dawn.', {}],
  ['a date glued to a count', 'Updated Mar 042016 At least 9 people were killed in the shelling.', { killed: 9 }],
  ['toll update far from its noun', 'Shelling hit the market. The death toll from the shelling of the old market rose to 15.', { killed: 15 }],
  ['dead and wounded are not parts', 'Rockets hit the square, leaving eight guards dead and 40 wounded.', { killed: 8, wounded: 40 }],
  ['killed then another fate', 'The mortar attack killed more than 9 injured 30 others in the bazaar.', { wounded: 30 }],
  ['martyrs', 'A truck bomb hit the checkpoint claiming 5 martyrs and 19 injured.', { killed: 5, wounded: 19 }],
  ['martyred', 'Eleven villagers were martyred when shells hit the bakery.', { killed: 11 }],
  ['massacred', 'The militia massacred 60 prisoners at the depot.', { killed: 60 }],
  ['a count before a determiner ends something else', 'Views 3 612 A farmer was killed in the shelling of the orchard.', { killed: 1 }],
  ['a clause between counts', 'In the raid 14 lorries were burnt and 30 guards were killed.', { killed: 30 }],
  ['a date before the toll', 'Posted 24 March 2019 At least 16 farmers and two boys were killed in the shelling.', { killed: 18 }],
  ['a long subject before the toll rose', 'The death toll from a truck bomb that tore through a busy fish market in the north of the port city on Friday rose to 27 on Sunday.', { killed: 27 }],
  ['toll was', 'Jets struck the depot overnight. The death toll from the strikes on the depot was 45.', { killed: 45 }],
  ['bringing to', 'Air strikes killed 12 people on Monday, bringing to 45 the number killed in 24 hours of bombing.', { killed: 45 }],
  ['the initials IS before the victims', 'At least 20 IS militants were killed in air strikes near the dam.', { killed: 20 }],
  ['wounded before a noun describes it', 'Shells hit the school, and four wounded children later died.', { killed: 4 }],
  ['dead before a noun is a toll', 'Rockets struck the road, leaving a toll of eight dead civilians.', { killed: 8 }],
  ['a count and "killed as"', 'Six killed as gunboats shell the harbour', { killed: 6 }],
  ['a count and "killed at"', 'Nine people killed at dawn when rockets hit the depot.', { killed: 9 }],
];

describe('casualties', () => {
  for (const [label, text, casualties] of TOLLS) {
    it(label, () => {
      const assaults = eventsOf(text).filter((e) => e.type === 'ASSAULT');
      expect(assaults).toHaveLength(1);
      expect(assaults[0]!.casualties ?? {}).toEqual(casualties);
    });
  }

  it('keeps the parts of a split toll', () => {
    const [e] = eventsOf('Shelling hit the camp and 10 children and 13 guards were killed.');
    expect(e?.casualtyParts?.killed?.map((p) => p.value)).toEqual([10, 13]);
  });

  it('flags vague and floor figures', () => {
    const [e] = eventsOf('Barrel bombs killed dozens of people in the old quarter.');
    expect(e?.approximate).toEqual(['killed']);
    expect(e?.minimum).toEqual(['killed']);
  });

  it('does not count a running tally', () => {
    const events = eventsOf('Shelling hit the suburb. Since Monday the bombardment has killed 80 people.');
    expect(events.flatMap((e) => Object.values(e.casualties ?? {}))).toEqual([]);
  });

  it('does not count a tally over weeks or since a campaign began', () => {
    for (const text of ['Shelling of the valley in the last two weeks has killed 130 people.',
      'Air raids have killed 200 fighters since the offensive on the port began.',
      'Records show 900 people died in custody between 2012 and 2014.',
      'Over 120 civilians have been killed in the old quarter since a truce broke down.',
      'Dozens of farmers have been killed in the push on the hills in recent days.',
      'Gunboats have in recent weeks shelled the coast, killing 40 people.',
      'The monitor has reported hundreds of civilians killed in its operations against the militia.',
      'More than 7000 people were killed in shelling across the region since the council passed its resolution.']) {
      expect(eventsOf(text).flatMap((e) => Object.values(e.casualties ?? {})), text).toEqual([]);
    }
  });

  it('reads "five of them" as a part of the toll told before, not a toll of its own', () => {
    const text = 'Eight people died in the town on Monday. Five of them were killed in air strikes on the market.';
    expect(eventsOf(text).map((e) => e.casualties?.killed).filter(Boolean)).toEqual([8]);
  });

  it('counts one strike\'s toll told beside a campaign of recent weeks', () => {
    const text = 'Shelling of the coast has grown in recent weeks, including a strike that killed 23 people last month.';
    expect(eventsOf(text).map((e) => e.casualties?.killed)).toContain(23);
  });

  it('does not count the war-long toll', () => {
    const events = eventsOf('The war has killed more than 300,000 people since 2011.');
    expect(events.flatMap((e) => Object.values(e.casualties ?? {}))).toEqual([]);
  });
});
