import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/record.js';
import { segment } from '../../src/pipeline/1-segment/index.js';
import { findEntities } from '../../src/pipeline/2-entities/index.js';
import { findRelations } from '../../src/pipeline/5-relations/index.js';
import { toDoc } from '../../src/pipeline/index.js';
import { readPlainText } from '../../src/readers/text.js';

/** Relations of a short body text as "subject type object" lines. */
function relations(text: string, claims: Claim[] = []): string[] {
  const doc = toDoc(readPlainText('t.txt', `Report\n\n${text}`));
  const seg = segment(doc);
  return findRelations(doc, seg, findEntities(doc, seg), claims).map((r) => `${r.subject} ${r.type} ${r.object}`);
}

const cases: [string, string, string[]][] = [
  // backs
  ['X-backed Y', 'US-backed SDF fighters reached the dam.', ['country:US backs actor:sdf']],
  ['backed by, inside an aside on the client', 'The SDF, an alliance of local militias backed by the United States, took the dam.', ['country:US backs actor:sdf']],
  ['two sponsors of one client', 'Russian and Iran-backed Syrian troops closed in on the town in Syria.', ['country:RU backs actor:gov-SY', 'country:IR backs actor:gov-SY']],
  ['sponsor inside a longer name', 'Fighting went on in Syria, where Assad’s Russian-backed military pressed on.', ['country:RU backs actor:gov-SY']],
  ['backed by, after a dash', 'Fighting went on in Syria. If Assad’s forces win — backed by Russian airpower and Iranian manpower — the war changes.', ['country:RU backs actor:gov-SY', 'country:IR backs actor:gov-SY']],
  ['its backers, including X', 'The Syrian Arab Army and its backers, including Russia, advanced in Syria.', ['country:RU backs actor:gov-SY']],
  ['a proxy', 'Iran’s proxy Hezbollah sent fighters.', ['country:IR backs actor:hezbollah']],
  ['a generic client', 'U.S.-backed militias crossed the river; the SDF confirmed it.', ['country:US backs actor:sdf']],
  // allied_with
  ['X and its Y allies', 'The attack was staged by the US military and its Kurdish SDF allies.', ['country:US allied_with actor:sdf']],
  ['fighting with', 'The SDF, an alliance of militias fighting with the U.S.-led coalition, advanced.', ['actor:sdf allied_with actor:coalition']],
  ['its A/B allies: the last name', 'The US led coalition and its PKK/YPG allies let them pass.', ['actor:coalition allied_with actor:ypg']],
  ['X-aligned Y', 'The Iran-aligned Houthis fired on the port.', ['country:IR allied_with actor:houthis']],
  ['an alliance of', 'They formed an alliance of Hezbollah and the Houthis.', ['actor:hezbollah allied_with actor:houthis']],
  // fights
  ['its battle against', 'The SDF accused Damascus of trying to obstruct its battle against Islamic State.', ['actor:sdf fights actor:islamic-state']],
  ['is fighting', 'Hezbollah is fighting the Nusra Front near the border.', ['actor:hezbollah fights actor:nusra']],
  ['clashes between', 'Clashes between the SDF and the Free Syrian Army broke out.', ['actor:sdf fights actor:fsa']],
  // controls
  ['holds them', 'Last week they seized the Conoco gas plant and the al-Omar oil field. The SDF still holds them.', ['actor:sdf controls facility:conoco-gas-plant', 'actor:sdf controls facility:al-omar-oil-field']],
  ['captured the town of', 'Hayat Tahrir al-Sham captured the town of Khan Shaykhun.', ['actor:hts controls place:khan-shaykhun']],
  ['X-held Y', 'Strikes hit ISIS-held Raqqa.', ['actor:islamic-state controls place:sy-04']],
  ['held by', 'Manbij, held by the SDF, was quiet.', ['actor:sdf controls place:manbij']],
  ['perfect tense', 'The SDF have held Manbij since the summer.', ['actor:sdf controls place:manbij']],
  ['a relative clause on the place', 'Jets struck Manbij, which the SDF have held since the summer.', ['actor:sdf controls place:manbij']],
  ['an aside before the verb, a share before the place', 'Hayat Tahrir al-Sham, which lost ground last year, controls most of Idlib.', ['actor:hts controls place:sy-12']],
  ['runs', 'The SDF still runs Raqqa.', ['actor:sdf controls place:sy-04']],
  ['under the control of', 'Tabqa is now under the control of the SDF.', ['actor:sdf controls place:tabqa']],
  ['controlling parties in', 'The YPG are the controlling parties in Sinjar and Qamishli.', ['actor:ypg controls place:sinjar', 'actor:ypg controls place:qamishli']],
  // leads
  ['commander of', 'Khaled Abu Samir, the commander of the Manbij Military Council, told reporters the bridge was open.', ['person:khaled-abu-samir leads actor:manbij-military-council']],
  ['org title person', 'SDF commander Mazloum Abdi met the envoy.', ['person:mazloum-abdi leads actor:sdf']],
  ['led by', 'Hayat Tahrir al-Sham, led by Abu Mohammad al-Julani, refused.', ['person:abu-mohammad-al-julani leads actor:hts']],
  ['an apposition names the parent', 'Hurras al-Din, an al-Qaeda affiliate, denied the raid.', ['actor:hurras-al-din member_of actor:al-qaeda']],
  ['a possessive branch', 'Hurras al-Din, al-Qaeda\'s branch in the north, denied the raid.', ['actor:hurras-al-din member_of actor:al-qaeda']],
  ['a state\'s forces led by', 'Fighting spread across Syria. Syria\'s army, led by General Ali Hamoud, pushed east.', ['person:ali-hamoud leads actor:gov-SY']],
  // member_of
  ["org's unit", 'The SDF’s Deir al-Zor military council denied it.', ['actor:deir-ez-zor-military-council member_of actor:sdf']],
  ['fights under', 'A Manbij military council fighter which fights under the SDF held a flag.', ['actor:manbij-military-council member_of actor:sdf']],
  ["outlet's reporter", 'Al-Masdar’s Omar Khatib reports shelling near the bridge.', ['person:omar-khatib member_of media:al-masdar']],
];

describe('relations', () => {
  it.each(cases)('%s', (_label, text, expected) => {
    expect(relations(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('what is not a relation', () => {
  const none: [string, string, string][] = [
    ['a backer is not also reported as an ally', 'The US-SDF alliance held; US-backed SDF units advanced.', 'country:US allied_with actor:sdf'],
    ['a place cannot be an ally', 'Fighting spread across Syria. The Syria-Russia alliance held.', 'country:SY allied_with country:RU'],
    ['"controlled by" needs the place right before it', 'Militants moved to Palmyra and other towns controlled by the Syrian government in Syria.', 'actor:gov-SY controls place:palmyra'],
    ['a pronoun subject is not guessed', 'Residents said that they occupied the Jafra oil field overnight.', 'actor:sdf controls facility:jafra-oil-field'],
  ];
  it.each(none)('%s', (_label, text, absent) => {
    expect(relations(text)).not.toContain(absent);
  });

  it('states each relation once', () => {
    const found = relations('US-backed SDF units moved. Later US-backed SDF units stopped.');
    expect(found.filter((r) => r === 'country:US backs actor:sdf')).toHaveLength(1);
  });
});

describe('claims', () => {
  it('ties a relation to the claim that states it', () => {
    const text = 'US-backed SDF fighters reached the dam.';
    const doc = toDoc(readPlainText('t.txt', `Report\n\n${text}`));
    const seg = segment(doc);
    const at = doc.text.indexOf('US-backed');
    const claims: Claim[] = [{ id: 'c1', start: at, end: doc.text.length, source: 'author', attribution: 'unattributed', certainty: 'asserted' }];
    expect(findRelations(doc, seg, findEntities(doc, seg), claims)[0]?.claim).toBe('c1');
  });
});
