import { describe, expect, it } from 'vitest';
import { eventsOf } from './helpers.js';

// [label, text, expected types (in text order), expected mode of the first]
const CASES: [string, string, string[], string?][] = [
  ['active air strike', 'Government jets bombed the market in the old town.', ['ASSAULT'], 'aerial'],
  ['passive hit', 'The convoy was hit by a drone strike near the border.', ['ASSAULT'], 'drone'],
  ['active hit', 'Navy jets hit a fuel depot outside the port.', ['ASSAULT'], 'aerial'],
  ['liberating a town is taking it', 'Government troops liberated two villages on the plain.', ['ASSAULT'], 'seize'],
  ['sorties are flights of aircraft', 'The air force flew forty sorties over the hills.', ['ASSAULT'], 'aerial'],
  ['came under attack', 'The base came under attack from militia fighters at dawn.', ['ASSAULT']],
  ['shelling noun', 'Heavy shelling on the eastern districts went on all night.', ['ASSAULT'], 'heavy-weapons'],
  ['car bomb', 'A car bomb went off outside the bakery.', ['ASSAULT'], 'explosives'],
  ['a bomb, not a plane', 'A bomb hidden in a cart exploded at the bus station.', ['ASSAULT'], 'explosives'],
  ['suicide attack', 'A suicide bomber blew himself up at the checkpoint.', ['ASSAULT'], 'suicide-attack'],
  ['chemical attack', 'Doctors treated dozens after the chlorine gas attack on the village.', ['ASSAULT'], 'unconventional'],
  ['seizing a town', 'The militia captured the town of Example after two days.', ['ASSAULT'], 'seize'],
  ['siege', 'Troops encircled the rebel-held quarter on Friday.', ['ASSAULT'], 'besiege'],
  ['execution', 'The group executed three prisoners in the square.', ['ASSAULT'], 'execution'],
  ['assassination', 'A local judge was assassinated outside his home.', ['ASSAULT'], 'targeted'],
  ['abduction', 'Gunmen kidnapped two aid workers on the highway.', ['ASSAULT'], 'abduct'],
  ['accusation', 'The council accused the army of breaking the truce.', ['ACCUSE']],
  ['request', 'The mayor asked for medical supplies from the agency.', ['REQUEST']],
  ['agreement', 'The two factions struck a deal with the tribal elders.', ['AGREE']],
  ['deployment', 'The ministry deployed two hundred troops to the valley.', ['MOBILIZE'], 'troops'],
  ['withdrawal', 'The brigade withdrew from the hills overnight.', ['RETREAT'], 'withdraw'],
  ['arrest', 'Police arrested four men at the crossing.', ['COERCE'], 'arrest'],
  ['protest', 'Thousands joined a protest in the main square.', ['PROTEST']],
  ['threat', 'The commander threatened to storm the city.', ['THREATEN']],
  ['future attack is a threat', 'The general said his forces will attack any convoy that enters.', ['THREATEN'], 'violence'],
  ['purpose is no event', 'They want to capture the dam before winter.', []],
  ['abstract campaign', 'The fighting against terrorism must go on, he said.', []],
  ['fighting on a side', 'Local militias fighting alongside the army held the ridge.', []],
  ['deal is not a strike', 'Officials struck an agreement on prisoner swaps.', ['AGREE']],
  ['bare death with nobody', 'It was a dead end for the talks.', []],
  ['fighting is gunfire by default', 'Heavy fighting raged in the old quarter.', ['ASSAULT'], 'firearms'],
  ['a named weapon beats the fighting guess', 'Jets pounded the ridge where fighting had raged.', ['ASSAULT'], 'aerial'],
  ['a bombing with no aircraft is a planted bomb', 'A twin bombing struck a crowd near the shrine.', ['ASSAULT'], 'explosives'],
  ['a bombing by jets is aerial', 'The bombing of the hospital by jets drew protests.', ['ASSAULT', 'PROTEST'], 'aerial'],
  ['bombardment is from the air or guns', 'Heavy bombardment hit the suburb.', ['ASSAULT'], 'aerial'],
  ['a car bomb is explosives', 'A car bomb attack shook the market.', ['ASSAULT'], 'explosives'],
  ['a bare strike is from the air', 'A strike on the depot destroyed the fuel trucks.', ['ASSAULT'], 'aerial'],
  ['a missile strike is not', 'A missile strike on the depot destroyed the fuel trucks.', ['ASSAULT'], 'heavy-weapons'],
  ['a word that describes another noun', 'The fighters moved on to the next battle front with assault rifles.', []],
  ['a compound with a hyphen', 'Aid reached the war-torn valley and its bomb-damaged clinic.', []],
  ['a running tally since a war began is background', 'The Hill Front has carried out hundreds of raids since the start of the war.', []],
  ['what an army rarely does is no happening', 'The navy, which rarely comments on individual strikes, said nothing.', []],
  ['bombings in the past are background', 'No one claimed it, but the Hill Front has carried out similar bombings in the past.', []],
  ['fought is a fight', 'The two militias fought over the bridge for hours.', ['ASSAULT']],
  ['fought alongside is a side, not a fight', 'The volunteers fought alongside the army last year.', []],
  ['a planned attack has not happened', 'Officials said the cell had planned attacks on the capital.', []],
  ['sporadic attacks are a habit', 'Remnants of the group still carry out sporadic attacks in the hills.', []],
  ['drones launched at a target', 'The rebels launched explosive-laden drones at the refinery.', ['ASSAULT'], 'drone'],
  ['fighting that says who a side is', 'Volunteers from the hill tribes are rebels fighting against the junta.', []],
  ['days of clashes are a happening', 'The garrison left after three days of heavy clashes with the hill tribes.', ['ASSAULT'], 'firearms'],
  ['seizing power is a coup, not a capture', 'The generals have ruled by decree since they seized power.', []],
  ['pulling children out of rubble is a rescue', 'Neighbours pulled out two children from the rubble.', []],
  ['pounds is a verb', 'Navy jets pounds the rebel camp near the coast.', ['ASSAULT'], 'aerial'],
  ['storming a base', 'Hill tribesmen stormed the base before dawn.', ['ASSAULT']],
  ['drones launched with no target named', 'The navy said the raiders had launched 30 drones overnight.', ['ASSAULT'], 'drone'],
  ['drones sent to watch are no attack', 'The police sent two drones to film the march.', []],
];

describe('event triggers', () => {
  for (const [label, text, types, mode] of CASES) {
    it(label, () => {
      const events = eventsOf(text);
      expect(events.map((e) => e.type)).toEqual(types);
      if (mode) expect(events[0]?.mode).toBe(mode);
    });
  }
});

it('reads a raid alone as no air raid', () => {
  const raid = eventsOf('Police arrested four men in a raid on a farm.').find((e) => e.type === 'ASSAULT');
  expect(raid).toBeDefined();
  expect(raid!.mode).not.toBe('aerial');
});
