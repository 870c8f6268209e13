import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../src/pipeline/3-claims/index.js';
import { findSignals } from '../../../src/pipeline/6-signals/index.js';
import { fixture } from '../fixture.js';

const NAMES = { 'Mara Quist': 'person', 'Hill Brigade': 'actor' } as const;

function signalsOf(text: string) {
  const { doc, seg, ents } = fixture(text, NAMES);
  return findSignals(doc, seg, findClaims(doc, seg, ents)).map((s) => ({ kind: s.kind, words: text.slice(s.start, s.end) }));
}

// [label, text, expected kind, a word the signal must cover]
const FOUND: [string, string, string, string][] = [
  ['puppet as a label', 'Their puppet government signed whatever it was handed.', 'name_calling', 'puppet'],
  ['insult', 'The plan was drawn up by idiots in a distant office.', 'name_calling', 'idiots'],
  ['charged adjectives', 'It is a vile and wicked scheme against the farmers.', 'loaded_language', 'vile'],
  ['no coincidence', 'The timing of the blackout was no coincidence.', 'conspiracy_framing', 'coincidence'],
  ['false flag', 'The raid on the depot was a false flag.', 'conspiracy_framing', 'false flag'],
  ['staged by', 'The whole incident was staged by foreign handlers.', 'conspiracy_framing', 'staged'],
  ['certainty with nothing cited', 'It is now obvious that the raid was planned abroad.', 'unsupported_certainty', 'obvious'],
  ['so-called', 'The so-called truce lasted an hour.', 'doubt', 'so-called'],
  ['sarcastic "right…"', 'They said it was for peace. Right... peace.', 'doubt', 'Right'],
  ['pretext', 'The drills were a pretext for moving tanks to the border.', 'doubt', 'pretext'],
  ['fear', 'Arming both sides is a recipe for disaster in the region.', 'appeal_to_fear', 'recipe'],
  ['hyperbole', 'The valley saw genocide last spring, nothing less.', 'exaggeration', 'genocide'],
  ['emphatic repetition', 'Nobody has never, never, never been so wrong.', 'exaggeration', 'never'],
  ['incitement', 'The air force should bomb every bridge they use until they starve.', 'call_to_violence', 'bomb'],
  ['antisemitic trope', 'The war is run by the Rothschilds and their friends.', 'hate_speech', 'Rothschilds'],
  ['a plot behind the curtain', 'A small cabal decided the outcome long before the vote.', 'conspiracy_framing', 'cabal'],
  ['doubtful by design', 'The rebels were dubiously rebranded as moderates.', 'doubt', 'dubiously'],
  ['contempt', 'That was a cowardly and shameful retreat.', 'loaded_language', 'cowardly'],
  ['wiping people off the map', 'We must wipe these gangs off the map for good.', 'call_to_violence', 'wipe'],
  ['what the press hides', 'The papers will never tell you who paid for the march.', 'conspiracy_framing', 'never tell you'],
  ['a rhetorical "Coincidence?"', 'The power failed the night before the vote. Coincidence?', 'conspiracy_framing', 'Coincidence?'],
  ['certainty offered to anyone watching', 'It is obvious to anyone with eyes that the talks were a show.', 'unsupported_certainty', 'obvious'],
  ['a wish in the passive', 'These raiders should all be wiped out before spring.', 'call_to_violence', 'wiped out'],
  ['appeal for money', 'We have a small favour to ask. Please support our reporting.', 'fundraising', 'favour'],
];

// [label, text]
const NOT_FOUND: [string, string][] = [
  ['plain report', 'Shelling hit the eastern district on Monday, residents said.'],
  ['casualty count', 'At least forty people were killed and ninety wounded.'],
  ['a named speaker\'s word is theirs', 'Mara Quist said the massacre amounted to genocide.'],
  ['a quoted insult is the speaker\'s', '"They are puppets," Mara Quist told the crowd in the square.'],
  ['designation is not a label', 'The Hill Brigade is listed as a terrorist organisation by two states.'],
  ['a month, not a hedge, and no money', 'The Hill Brigade donated blankets to the camp in May.'],
  ['newsroom style is not doubt', 'Fighters of the so-called Islamic State left the town.'],
  ['refusing violence', 'The council says it should not bomb the bridges at all.'],
  ['a fear of harm is no wish for it', 'Aid must reach the villages before more people are killed.'],
  ['a coincidence in passing', 'By coincidence, the two convoys met at the bridge.'],
];

describe('signals: what is found', () => {
  it.each(FOUND)('%s', (_label, text, kind, word) => {
    const hit = signalsOf(text).find((s) => s.kind === kind);
    expect(hit?.words).toContain(word);
  });
});

describe('signals: what is left alone', () => {
  it.each(NOT_FOUND)('%s', (_label, text) => {
    expect(signalsOf(text)).toEqual([]);
  });
});
