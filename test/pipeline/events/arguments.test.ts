import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/record.js';
import { eventsOf, first, type Names } from './helpers.js';

const N: Names = {
  'Northern Front': 'actor', 'Blue Brigade': 'actor', 'Army': 'actor', 'Coalition': 'actor', 'Jets of Arlan': 'actor',
  'General Varga': 'person', 'Milltown': ['place', 'Westshire'], 'Westshire': ['place', 'Westshire'], 'Dry River': 'place',
  'Elk oil field': 'facility', 'Kesh': ['place', 'Kesh'],
};

// [label, text, type, actor, target, place] (ids are names in lower case; null for none)
const CASES: [string, string, string, string | null, string | null, string | null][] = [
  ['active verb', 'The Northern Front attacked the Blue Brigade near Milltown.', 'ASSAULT', 'northern front', 'blue brigade', 'milltown'],
  ['passive with by', 'The Blue Brigade was hit by the Northern Front in Milltown.', 'ASSAULT', 'northern front', 'blue brigade', 'milltown'],
  ['came under attack from', 'Blue Brigade posts came under attack on Monday from the Northern Front in Westshire.', 'ASSAULT', 'northern front', 'blue brigade', 'westshire'],
  ['noun with modifier', 'Northern Front shelling on Milltown wounded two.', 'ASSAULT', 'northern front', null, 'milltown'],
  ['noun launched by subject', 'The Army launched an offensive against the Northern Front near Kesh.', 'ASSAULT', 'army', 'northern front', 'kesh'],
  ['headline style', 'Coalition air strikes kill 15 near Kesh: monitor', 'ASSAULT', 'coalition', null, 'kesh'],
  ['seizing a field', 'The Blue Brigade occupied the Elk oil field last week.', 'ASSAULT', 'blue brigade', 'elk oil field', 'elk oil field'],
  ['seizing from an enemy', 'The Army took control of Milltown, seizing depots from the Northern Front.', 'ASSAULT', 'army', 'northern front', 'milltown'],
  ['relative clause', 'Fighters of the Northern Front, who captured Kesh in May, are now short of food.', 'ASSAULT', 'northern front', null, 'kesh'],
  ['accusation', 'The Blue Brigade accused the Army of shelling homes.', 'ACCUSE', 'blue brigade', 'army', null],
  ['request from', 'General Varga requested help from the Coalition.', 'REQUEST', 'general varga', 'coalition', null],
  ['agreement with', 'The Army struck a deal with the Blue Brigade over Kesh.', 'AGREE', 'army', 'blue brigade', 'kesh'],
  ['withdrawal', 'The Northern Front withdrew from Westshire province.', 'RETREAT', 'northern front', null, 'westshire'],
  ['arrival', 'Two hundred men of the Blue Brigade arrived in Milltown at night.', 'MOBILIZE', 'blue brigade', null, 'milltown'],
  ['death of a named person', 'The death of General Varga during a raid shocked the town.', 'ASSAULT', null, 'general varga', null],
  ['relative clause after a noun', 'The counterattack that the Northern Front launched near Kesh surprised everyone.', 'ASSAULT', 'northern front', null, 'kesh'],
  ['losing a town is being its target', 'Milltown was taken back from the Northern Front last spring.', 'ASSAULT', null, 'northern front', 'milltown'],
  ['breaking a siege', 'Army troops broke a Northern Front siege of Kesh.', 'ASSAULT', 'army', 'northern front', 'kesh'],
  ['progressive is active', 'The Coalition has been bombing the Army near Kesh.', 'ASSAULT', 'coalition', 'army', 'kesh'],
  ['speaker is not the actor', 'The Coalition said shelling killed four in Milltown.', 'ASSAULT', null, null, 'milltown'],
  ['backer is a modifier', 'The Army vowed to attack any force, including the Coalition-backed Blue Brigade.', 'THREATEN', 'army', 'blue brigade', null],
  ['place named by reference', 'Kesh was quiet for a year.\n\nThen the Army bombed the Blue Brigade in this exact area.', 'ASSAULT', 'army', 'blue brigade', 'kesh'],
  ['clash partner acts', 'Twelve fighters died in clashes with the Army near Kesh.', 'ASSAULT', 'army', null, 'kesh'],
  ['inside a quotation', '"Our positions in Milltown were shelled by the Army all night," the commander said.', 'ASSAULT', 'army', null, 'milltown'],
  ['coordinated targets', 'The Coalition bombed the Northern Front and the Blue Brigade near Kesh.', 'ASSAULT', 'coalition', 'northern front', 'kesh'],
  ['carried out by', 'The raid on Milltown was believed to have been carried out by the Coalition.', 'ASSAULT', 'coalition', null, 'milltown'],
  ['forces loyal to', 'Forces loyal to General Varga shelled Milltown overnight.', 'ASSAULT', 'general varga', null, 'milltown'],
  ['believed to be', 'Planes believed to be the Coalition bombed a bakery in Kesh.', 'ASSAULT', 'coalition', null, 'kesh'],
  ['belonging to, dropped', 'A helicopter belonging to the Army dropped barrel bombs on Milltown.', 'ASSAULT', 'army', null, 'milltown'],
  ['blamed on', 'Jet strikes blamed on the Coalition hit Milltown on Sunday.', 'ASSAULT', 'coalition', null, 'milltown'],
  ['claimed responsibility', 'The Northern Front claimed responsibility for a truck bombing in Milltown.', 'ASSAULT', 'northern front', null, 'milltown'],
  ['a -led noun', 'Coalition-led strikes on the Northern Front in Kesh went on.', 'ASSAULT', 'coalition', 'northern front', 'kesh'],
  ['were behind the attack', 'Officials in Kesh say the Northern Front was behind the attack.', 'ASSAULT', 'northern front', null, 'kesh'],
  ['a day before the subject', 'On Sunday Coalition jets bombed a depot in Kesh.', 'ASSAULT', 'coalition', null, 'kesh'],
  ['who suffered is no later subject', 'Ten members of the Blue Brigade were killed in raids targeting a camp in Kesh.', 'ASSAULT', null, 'blue brigade', 'kesh'],
  ['by after a participle', 'The strikes on villages held by the Northern Front near Kesh killed six.', 'ASSAULT', null, null, 'kesh'],
  ['plural noun after a preposition', 'A series of strikes on Kesh by the Coalition killed nine.', 'ASSAULT', 'coalition', null, 'kesh'],
  ['a helicopter belonging to', 'Toxic gas was released over Kesh by a helicopter belonging to the Army.', 'ASSAULT', 'army', null, 'kesh'],
  ['fighters loyal to are the target', 'Northern Front tunnel bombs killed 13 fighters loyal to General Varga near Kesh.', 'ASSAULT', 'northern front', null, 'kesh'],
  ['who dies is no author', 'Ten members of the Blue Brigade died in Kesh on Monday.', 'ASSAULT', null, 'blue brigade', 'kesh'],
  ['reported by is no author', 'The blast in Kesh was reported by the Coalition on Monday.', 'ASSAULT', null, null, 'kesh'],
  ['blames on', 'Nine died in the attack that the Army blames on the Northern Front.', 'ASSAULT', 'northern front', null, null],
  ['accused of a noun', 'The Blue Brigade accused the Army of air strikes on Milltown.', 'ASSAULT', 'army', null, 'milltown'],
];

describe('event arguments', () => {
  for (const [label, text, type, actor, target, place] of CASES) {
    it(label, () => {
      const e = first(eventsOf(text, N), type);
      expect(e, `no ${type} in: ${text}`).toBeDefined();
      expect({ actor: e!.actor, target: e!.target, place: e!.place }).toEqual({ actor, target, place });
    });
  }

  it('keeps every coordinated actor, the first in front', () => {
    const e = first(eventsOf('The town was struck by the Coalition and the Army on Friday.', N), 'ASSAULT');
    expect(e?.actor).toBe('coalition');
    expect(e?.actors).toEqual(['coalition', 'army']);
  });

  it('keeps every coordinated target', () => {
    const e = first(eventsOf('The Coalition bombed the Northern Front and the Blue Brigade near Kesh.', N), 'ASSAULT');
    expect(e?.targets).toEqual(['northern front', 'blue brigade']);
  });

  it('gives a trailing "killing …" the subject of its clause, not the name before it', () => {
    const assaults = eventsOf('The Army attacked the Blue Brigade in Kesh killing 18 fighters.', N).filter((e) => e.type === 'ASSAULT');
    expect(assaults.map((e) => [e.actor, e.casualties?.killed])).toEqual([['army', 18]]);
  });

  it('gives "killing …" the subject of the clause\'s verb, not of an attack named in its object', () => {
    const assaults = eventsOf('The Army pounded a Northern Front offensive near Kesh, killing 50 fighters.', N).filter((e) => e.type === 'ASSAULT');
    expect(assaults.find((e) => e.casualties?.killed === 50)?.actor).toBe('army');
  });

  it('reads "stormed" as an attack whose subject also does the killing after it', () => {
    const assaults = eventsOf('Army soldiers stormed Northern Front strongholds in Kesh, killing a commander.', N).filter((e) => e.type === 'ASSAULT');
    expect(assaults.map((e) => [e.actor, e.target])).toEqual([['army', 'northern front']]);
  });

  it('reads "an army attack" as a noun whose author is the army, not as the speaker\'s own act', () => {
    const text = 'The Blue Brigade said its fighters had repelled an Army attack near Kesh.';
    const claims: Claim[] = [{ id: 'c1', start: 0, end: text.length, source: 'blue brigade', attribution: 'reported_speech', certainty: 'asserted' }];
    const attack = eventsOf(text, N, { claims }).find((e) => e.type === 'ASSAULT');
    expect(attack?.actor).not.toBe('blue brigade');
  });

  it('keeps both of a pair of subjects, the first named first', () => {
    const e = first(eventsOf('The Coalition and the Army shelled the Northern Front near Kesh.', N), 'ASSAULT');
    expect(e?.actors ?? [e?.actor]).toEqual(['coalition', 'army']);
  });

  it('finds no subject inside a relative clause before the verb', () => {
    const e = first(eventsOf('The Blue Brigade, which has fought the Northern Front for years, accused the Army of the raid.', N), 'ACCUSE');
    expect(e?.actor).toBe('blue brigade');
  });

  it('gives "said it had targeted …" the speaker as actor', () => {
    const text = 'The Army said it had targeted a depot of the Blue Brigade.';
    const claims: Claim[] = [{ id: 'c1', start: 0, end: text.length, source: 'army', attribution: 'reported_speech', certainty: 'asserted' }];
    expect(first(eventsOf(text, N, { claims }), 'ASSAULT')?.actor).toBe('army');
  });

  it('gives "its forces" after a speech verb the speaker as actor', () => {
    const text = 'The Army said its forces had hit a depot of the Blue Brigade.';
    const claims: Claim[] = [{ id: 'c1', start: 0, end: text.length, source: 'army', attribution: 'reported_speech', certainty: 'asserted' }];
    expect(first(eventsOf(text, N, { claims }), 'ASSAULT')?.actor).toBe('army');
  });

  it('prefers the town to the wider region', () => {
    const e = first(eventsOf('Jets of Arlan bombed Milltown in the Dry River valley.', N), 'ASSAULT');
    expect(e?.place).toBe('milltown');
  });
});

describe('names found across the trigger', () => {
  it('takes a mention that runs over the trigger as its actor', () => {
    const e = first(eventsOf('Six were killed in junta airstrikes on the camp.', { 'junta airstrikes': 'actor' }), 'ASSAULT');
    expect(e?.actor).toBe('junta airstrikes');
  });
});

describe('a bombing by a state or a coalition', () => {
  const modeOf = (text: string) => first(eventsOf(text, N), 'ASSAULT')?.mode;
  it('is an air raid when no planted device is named', () => {
    expect(modeOf('Nine villagers died in Coalition bombing of the orchards.')).toBe('aerial');
    expect(modeOf('Nine villagers were killed by Coalition bombing near Kesh.')).toBe('aerial');
  });
  it('stays a planted bomb for an armed group, or where a device is named', () => {
    expect(modeOf('A Northern Front bombing hit the market in Kesh.')).toBe('explosives');
    expect(modeOf('The Coalition blamed a roadside bombing in Kesh on the Northern Front.')).toBe('explosives');
  });
});

describe('the initials IS', () => {
  it('are the group, not the verb "is" of a passive', () => {
    const e = first(eventsOf('Two weeks after IS killed 30 guards near Kesh, the base fell.', { IS: 'actor', Kesh: 'place' }), 'ASSAULT');
    expect({ actor: e?.actor, target: e?.target }).toEqual({ actor: 'is', target: null });
  });
});
