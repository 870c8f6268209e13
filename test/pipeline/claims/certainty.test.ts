import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../src/pipeline/3-claims/index.js';
import { fixture } from '../fixture.js';

const NAMES = { 'Valley Front': 'actor', 'Evening Ledger': 'media' } as const;

function certaintyOf(text: string, phrase: string) {
  const { doc, seg, ents } = fixture(text, NAMES);
  const at = text.indexOf(phrase);
  return findClaims(doc, seg, ents).find((c) => c.start <= at && at < c.end)?.certainty;
}

// [label, text, a phrase of the statement, expected certainty]
const CASES: [string, string, string, string][] = [
  ['plain statement', 'The ferry crossed the lake twice on Tuesday.', 'ferry', 'asserted'],
  ['appears', 'The old bridge appears to have collapsed overnight.', 'bridge', 'hedged'],
  ['modal may', 'Rebel units may have left the town before dawn.', 'Rebel', 'hedged'],
  ['adverb apparently', 'Apparently, the guards abandoned the checkpoint.', 'guards', 'hedged'],
  ['set to', 'The offensive is set to begin within days.', 'offensive', 'hedged'],
  ['contested verb', 'Analysts argue that the line will hold through the winter.', 'line', 'hedged'],
  ['impersonal source', 'Reportedly, the convoy turned back at the river.', 'convoy', 'hedged'],
  ['if clause', 'If the truce holds, aid trucks will enter next week.', 'aid trucks', 'conditional'],
  ['if true', 'If true, the deal changes the balance in the north.', 'deal', 'conditional'],
  ['hedge beats condition', 'If the talks fail, the army will most likely attack the pass.', 'army', 'hedged'],
  ['question', 'Why would the army give up such a strong position?', 'army', 'questioned'],
  ['denial verb', 'The Valley Front denied that its fighters shelled the school.', 'school', 'denied'],
  ['"completely false"', '"These reports are completely false," the Valley Front said of the shelling.', 'reports', 'denied'],
  ['refused entry is no denial', 'Aid workers were denied access to the camp on Friday.', 'Aid workers', 'asserted'],
  ['negated content is no denial', 'There was no comment from the ministry on Friday.', 'ministry', 'asserted'],
  ['booster before a modal', 'There is no chance that a lone gunman could have fired that shot.', 'gunman', 'asserted'],
  ['"at least" counts, not doubts', 'At least twelve people were killed in the blast.', 'twelve', 'asserted'],
  ['the month of May', 'Fresh troops arrived in May, according to the Evening Ledger.', 'troops', 'asserted'],
  ['a date in May', 'May 5 saw the heaviest shelling of the year.', 'heaviest', 'asserted'],
  ['military might', 'The parade showed off the military might of the republic.', 'parade', 'asserted'],
  ['as much as possible', 'The engineers repaired as many pumps as possible before the frost.', 'pumps', 'asserted'],
  ['the wire caveat', 'Families fled the valley, though this could not be independently verified.', 'Families', 'hedged'],
  ['unable to confirm', 'The Evening Ledger could not immediately confirm that the dam had burst.', 'dam', 'hedged'],
  ['"as if" is no condition', 'The general spoke as if the war were already won.', 'general', 'asserted'],
];

describe('claims: how sure a statement is', () => {
  it.each(CASES)('%s', (_label, text, phrase, certainty) => {
    expect(certaintyOf(text, phrase)).toBe(certainty);
  });
});
