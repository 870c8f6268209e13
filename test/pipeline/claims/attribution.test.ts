import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../src/pipeline/3-claims/index.js';
import { extract, toDoc } from '../../../src/pipeline/index.js';
import { fixture, idOf } from '../fixture.js';

const NAMES = { 'Lena Ortiz': 'person', 'Tomas Berg': 'person', 'Jana Novak': 'person', 'Valley Front': 'actor', 'River Alliance': 'actor', 'Evening Ledger': 'media', Riverton: 'place' } as const;
const LENA = idOf('Lena Ortiz', 'person');
const TOMAS = idOf('Tomas Berg', 'person');
const JANA = idOf('Jana Novak', 'person');
const FRONT = idOf('Valley Front', 'actor');
const LEDGER = idOf('Evening Ledger', 'media');
const ALLIANCE = idOf('River Alliance', 'actor');

/** The claim that holds a phrase of the text. */
function claimOver(text: string, phrase: string) {
  const { doc, seg, ents } = fixture(text, NAMES);
  const at = text.indexOf(phrase);
  return findClaims(doc, seg, ents).find((c) => c.start <= at && at < c.end);
}

// [label, text, a phrase of the statement, expected source, expected attribution]
const CASES: [string, string, string, string, string][] = [
  ['speech verb before', 'Lena Ortiz said the ferry had stopped running on Sunday.', 'ferry', LENA, 'reported_speech'],
  ['a named speaker in an apposition before a closing verb', 'Four shops burned overnight, the town mayor, Lena Ortiz, said on Sunday.', 'shops', LENA, 'reported_speech'],
  ['the person named before a role, before a closing verb', '"The road is shut," Tomas Berg, a spokesman for the Valley Front, told reporters.', 'road', TOMAS, 'direct_quote'],
  ['an official in a town is no town speaking', 'Eight people died in the flood, a hospital official in the nearby town of Riverton said.', 'Eight', 'unnamed', 'reported_speech'],
  ['outlet reports', 'The Evening Ledger reported that two trucks crossed the pass.', 'trucks', LEDGER, 'according_to'],
  ['according to', 'According to the Evening Ledger, the pass was closed at night.', 'pass was closed', LEDGER, 'according_to'],
  ['quotation, verb after', '"We will stay in the village until the spring," Lena Ortiz told reporters.', 'village', LENA, 'direct_quote'],
  ['quotation, verb before', 'Lena Ortiz said: "The bakery opened again this morning after the raid."', 'bakery', LENA, 'direct_quote'],
  ['apposition skipped', 'Tomas Berg, the spokesman of the Valley Front, said the road was quiet.', 'road was quiet', TOMAS, 'reported_speech'],
  ['leading phrase skipped', 'In a message carried by the Evening Ledger, the Valley Front said its units withdrew.', 'units withdrew', FRONT, 'reported_speech'],
  ['pronoun after', 'Lena Ortiz visited the camp. The wells had dried up in August, she said.', 'wells', LENA, 'reported_speech'],
  ['inner speaker wins', 'As the Evening Ledger noted, Tomas Berg stated that the talks had failed.', 'talks', TOMAS, 'reported_speech'],
  ['chained: quoted as saying', 'The Evening Ledger quoted a local official as saying that the bridge was mined.', 'bridge', 'unnamed', 'reported_speech'],
  ['impersonal passive', 'It was reported that the dam had been damaged by the floods.', 'dam', 'unnamed', 'according_to'],
  ['rumours', 'There are rumours that the commander has fled across the border.', 'commander', 'unnamed', 'according_to'],
  ['described speaker', 'Local sources said the market had been hit twice.', 'market', 'unnamed', 'reported_speech'],
  ['the writer', 'Prices of bread in the city have doubled since the winter.', 'bread', 'author', 'unattributed'],
  ['the writer as we', 'Last month we wrote that the offensive would stall in the hills.', 'offensive', 'author', 'unattributed'],
  ['vow to act is no frame', 'The Valley Front vowed to retake the hills by the summer.', 'hills', 'author', 'unattributed'],
  ['a name with a verb in it', 'The Islamic State fighters left the town during the night.', 'fighters', 'author', 'unattributed'],
  ['speaker before a closing verb, no comma', 'Lena Ortiz spoke at the depot. The stores will last until the end of winter she added.', 'stores', LENA, 'reported_speech'],
  ['a compound is no verb', 'The paper came from a think-tank in the capital last year.', 'paper', 'author', 'unattributed'],
  ['colon line before a quotation', 'Tomas Berg explained it at length:\n\n"The wells were poisoned before the army arrived in the valley."', 'wells', TOMAS, 'direct_quote'],
  ['speaker named after the role', 'A senior aide to the governor said the dam would be repaired. "We start on Monday," Jana Novak said.', 'dam would', JANA, 'reported_speech'],
  ['a source stays unnamed', 'A military source said the pass was closed. "It will stay closed," Lena Ortiz said.', 'pass was', 'unnamed', 'reported_speech'],
  ['pronoun after a quotation means the latest speaker', '"We lost the harvest," Lena Ortiz said. Jana Novak said the market burned. "A shell hit the bakery," she said.', 'bakery', JANA, 'direct_quote'],
  ['a place does not speak', 'A medical source in Riverton said the clinic was full.', 'clinic', 'unnamed', 'reported_speech'],
  ['an adjective, not a verb', 'The brigade fell short of its declared goal of taking the port.', 'port', 'author', 'unattributed'],
  ['an "as they claim" aside does not hand over the sentence', 'If the raid was only defensive, as the Valley Front claims, why did it hit the school?', 'school', 'author', 'unattributed'],
  ['a name after a title with "of"', 'As the Evening Ledger noted, Minister of Water Tomas Berg stated that the dam was safe.', 'dam was safe', TOMAS, 'reported_speech'],
  ['"the group" after an outlet spoke is the group', 'The Valley Front shelled the depot, the Evening Ledger said. The Front-aligned group said in a statement that it acted alone.', 'acted alone', FRONT, 'reported_speech'],
  ['"the statement said" is whoever issued it', 'The River Alliance said in a statement that its fighters held the bridge. Two guards were hurt, the statement said.', 'guards', ALLIANCE, 'reported_speech'],
  ['"the outlet" points back to the outlet', 'The Evening Ledger covered the siege all week. The outlet then reported that the gates had opened.', 'gates', LEDGER, 'according_to'],
  ['the name at the head of a title phrase', 'Valley Front chief Tomas Berg said the ceasefire would hold.', 'ceasefire', TOMAS, 'reported_speech'],
  ['"it" looks back within its sentence first', 'Lena Ortiz spoke on Monday. The Valley Front gave a briefing where it said the road was open.', 'road was open', FRONT, 'reported_speech'],
  ['"he" after a statement means the speaker, not the man in it', 'Tomas Berg spoke to the press. Lena Ortiz was not at the meeting with the envoy, he said.', 'meeting', TOMAS, 'reported_speech'],
  ['a sentence that opens with a quotation', '"We will not give up the bridge," Lena Ortiz said, adding that help was coming.', 'bridge', LENA, 'direct_quote'],
  ['publications report rather than speak', 'Reports suggest that the convoy was hit near the border.', 'convoy', 'unnamed', 'according_to'],
  ['anonymous sources stay anonymous', 'Sources close to the Valley Front said the talks had collapsed.', 'talks', 'unnamed', 'reported_speech'],
  ['an order is no report', 'The commander told the villagers to leave before dark.', 'villagers', 'author', 'unattributed'],
  ['an accused party is no speaker', 'Tomas Berg, an aide to the mayor, accused the Valley Front of stealing fuel.', 'stealing', TOMAS, 'reported_speech'],
  ['a short quoted sentence goes on in the voice before it', '"They came twice in one night," said Lena Ortiz. "We stayed home."', 'We stayed', LENA, 'direct_quote'],
  ['a later clause of a reported sentence stays reported', 'Lena Ortiz said that the pumps had failed, while the wells were still full.', 'wells', LENA, 'reported_speech'],
  ['"the alliance" is the alliance named before, not the last group to speak', 'The River Alliance shelled the dam. The Valley Front said the road was shut. The alliance, which holds the pass, said it had cleared the mines.', 'cleared', ALLIANCE, 'reported_speech'],
  ['an outlet citing a source is the outlet speaking', 'The Evening Ledger, citing a police source, said the bridge had been closed.', 'bridge', LEDGER, 'reported_speech'],
  ['"residents ask" hands over a question', 'Why would anyone stay, residents ask, when the shelling never stops?', 'anyone stay', 'unnamed', 'reported_speech'],
  ['a group\'s institution speaks for it', "The Valley Front's air force said the bridge was hit twice.", 'bridge', FRONT, 'reported_speech'],
  ['claiming an attack is a deed', 'No group has claimed the attack on the depot so far.', 'depot', 'author', 'unattributed'],
  ['claiming responsibility is a deed', 'No group claimed responsibility for the fire at the depot.', 'fire', 'author', 'unattributed'],
  ['after "but" the writer speaks again', 'Lena Ortiz said that the pumps had failed, but the wells in the valley are still full.', 'wells', 'author', 'unattributed'],
  ['quotation over paragraphs', 'Tomas Berg said: "The first convoy came at dawn.\n\n"The second convoy is still waiting at the crossing."', 'second convoy', TOMAS, 'direct_quote'],
];

describe('claims: who stands behind a statement', () => {
  it.each(CASES)('%s', (_label, text, phrase, source, attribution) => {
    const claim = claimOver(text, phrase);
    expect(claim).toBeDefined();
    expect(claim!.source).toBe(source);
    expect(claim!.attribution).toBe(attribution);
  });
});

describe('descriptions of known bodies', () => {
  it('reads "the monitor" as the war monitor named before, by what the gazetteer says it is', () => {
    const text = 'Report\n\nShells hit the market, the Syrian Observatory for Human Rights said. Reuters reported the raid too. The Britain-based monitor said two of the dead were children.';
    const record = extract(toDoc({ source: 't.txt', title: null, published: null, text }));
    const at = text.indexOf('two of the dead');
    expect(record.claims.find((c) => c.start <= at && at < c.end)?.source).toBe('actor:sohr');
  });
});

describe('a report and a denial in one sentence', () => {
  it('are two statements of the same speaker, the denial denied', () => {
    const text = 'The Valley Front said its men had shelled the depot and denied hitting the school.';
    expect(claimOver(text, 'shelled')).toMatchObject({ source: FRONT, certainty: 'asserted' });
    expect(claimOver(text, 'hitting the school')).toMatchObject({ source: FRONT, certainty: 'denied' });
  });
});
