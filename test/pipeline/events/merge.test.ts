import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/record.js';
import { eventsOf, type Names } from './helpers.js';

const N: Names = { 'Red Army': 'actor', 'Green Militia': 'actor', 'Oldtown': ['place', 'North'], 'Newport': ['place', 'South'] };

describe('one event per happening', () => {
  it('joins the headline and the body report of the same strike', () => {
    const text = 'Red Army strikes kill 9 in Oldtown\n\nRed Army jets struck a school in Oldtown on Monday, killing nine pupils, medics said.';
    const events = eventsOf(text, N, { title: 'Red Army strikes kill 9 in Oldtown' });
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
    expect(events[0]!.start).toBeGreaterThan(30);
    expect(events[0]!.casualties).toEqual({ killed: 9 });
  });

  it('joins a headline whose loose word guessed another weapon', () => {
    const text = 'Red Army bombs kill 9 in Oldtown\n\nRed Army jets dropped bombs on Oldtown on Monday, killing nine pupils.';
    const events = eventsOf(text, N, { title: 'Red Army bombs kill 9 in Oldtown' }).filter((e) => e.type === 'ASSAULT');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ mode: 'aerial', casualties: { killed: 9 } });
  });

  it('keeps a named side\'s earlier bombings with their own toll apart from its latest attack', () => {
    const text = 'Green Militia gunmen attacked Oldtown on Monday, killing four. Green Militia bombings in Newport in May left 30 people dead.';
    const tolls = eventsOf(text, N).filter((e) => e.type === 'ASSAULT').map((e) => e.casualties?.killed);
    expect(tolls).toEqual([4, 30]);
  });

  it('gives a toll told before a fresh attack in its own sentence to that attack, not to an earlier one', () => {
    const text = 'Red Army jets struck Oldtown on Monday. Four people died in Green Militia air strikes on Oldtown on Tuesday.';
    const events = eventsOf(text, N).filter((e) => e.type === 'ASSAULT');
    expect(events.map((e) => [e.actor, e.casualties?.killed])).toEqual([['red army', undefined], ['green militia', 4]]);
  });

  it('reads "The strike hit …" after an air strike as the same attack, whose toll the update then replaces', () => {
    const text = 'Red Army jets struck Oldtown on Monday, killing 12 people. The strike hit a school. The death toll rose to 15 on Tuesday.';
    const events = eventsOf(text, N).filter((e) => e.type === 'ASSAULT');
    expect(events.map((e) => [e.actor, e.casualties?.killed])).toEqual([['red army', 15]]);
  });

  it('gives "were killed in the fighting" to the fight that "the fighting" points back to', () => {
    const text = 'The Green Militia left Oldtown after two days of clashes with the Red Army. Later the Red Army took control of the bridge. At least 30 people were killed in the fighting, doctors said.';
    const events = eventsOf(text, N).filter((e) => e.type === 'ASSAULT');
    expect(events.find((e) => e.casualties?.killed === 30)?.mode).toBe('firearms');
  });

  it('reads "the monitor said the strikes hit …" after a drone attack as the same attack', () => {
    const text = 'Red Army drones struck Oldtown on Monday, killing five. A monitor said the strikes targeted a checkpoint and a truck.';
    expect(eventsOf(text, N).filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });

  it('reads "According to X, the strikes killed …" as the attack told before', () => {
    const text = 'Red Army jets struck Oldtown on Monday. According to a monitor, the strikes targeted a depot and killed five guards.';
    const events = eventsOf(text, N).filter((e) => e.type === 'ASSAULT');
    expect(events).toHaveLength(1);
    expect(events[0]!.casualties).toEqual({ killed: 5 });
  });

  it('keeps apart an attack told as coming after another', () => {
    const text = 'Shells hit a house in Oldtown, killing five. The shelling came two days after the Green Militia ambushed a patrol near Oldtown, killing four soldiers.';
    const tolls = eventsOf(text, N).filter((e) => e.type === 'ASSAULT').map((e) => e.casualties?.killed);
    expect(tolls).toEqual([5, 4]);
  });

  it('keeps a toll told for another province apart from the attack before it', () => {
    const text = 'Red Army jets struck Oldtown on Monday, killing five. At least 40 people have also been killed in Newport.';
    const tolls = eventsOf(text, N).filter((e) => e.type === 'ASSAULT').map((e) => e.casualties?.killed);
    expect(tolls).toEqual([5, 40]);
  });

  it('lets a later bare toll in the same place join the attack before it', () => {
    const text = 'Red Army jets struck Oldtown on Monday. At least 40 people were killed in Oldtown.';
    const tolls = eventsOf(text, N).filter((e) => e.type === 'ASSAULT').map((e) => e.casualties?.killed);
    expect(tolls).toEqual([40]);
  });

  it('keeps apart a toll told as coming before the attack', () => {
    const text = 'Red Army jets struck a market in Oldtown on Monday, killing five. The raid came a day after 30 people were killed in Oldtown.';
    const tolls = eventsOf(text, N).filter((e) => e.type === 'ASSAULT').map((e) => e.casualties?.killed);
    expect(tolls).toEqual([5, 30]);
  });

  it('lets a later "the strikes" add its toll to the attack it refers to', () => {
    const text = 'The Green Militia came under attack from Red Army jets in Oldtown. The strikes wounded six fighters.';
    const events = eventsOf(text, N);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: 'red army', target: 'green militia', casualties: { wounded: 6 } });
  });

  it('joins the fight for one place told again later, whichever side is named first', () => {
    const text = 'Fighting went on in Oldtown all week. Red Army troops fight to drive the Green Militia out of Oldtown. '
      + 'A shopkeeper said the queues were long. The Green Militia lost its last post in Oldtown after a battle between its men and the Red Army.';
    const events = eventsOf(text, N).filter((e) => e.type === 'ASSAULT');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: 'red army', target: 'green militia', place: 'oldtown' });
  });

  it('keeps fights in two places apart', () => {
    const text = 'Fighting went on in Oldtown all week. Clashes also broke out in Newport.';
    expect(eventsOf(text, N).filter((e) => e.type === 'ASSAULT').map((e) => e.place)).toEqual(['oldtown', 'newport']);
  });

  it('reads "said shells struck …" after the shelling as the same attack', () => {
    const text = 'Shelling by the Red Army killed nine people on Friday. Medics said shells struck a market and a clinic.';
    expect(eventsOf(text, N).filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });

  it('keeps two attacks by different sides apart', () => {
    const text = 'Red Army jets bombed Oldtown. The Green Militia shelled Newport.';
    expect(eventsOf(text, N).map((e) => e.actor)).toEqual(['red army', 'green militia']);
  });

  it('joins a capture and an execution stated together', () => {
    const [e, ...rest] = eventsOf('The Green Militia captured 12 soldiers in Oldtown and executed them.', N);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ mode: 'execution', casualties: { captured: 12, killed: 12 } });
  });

  it('joins repeated requests by one party in a paragraph', () => {
    const text = 'The Green Militia requested help from the Red Army. It also asked for fuel.';
    expect(eventsOf(text, N).filter((e) => e.type === 'REQUEST')).toHaveLength(1);
  });
});

describe('what is not a happening', () => {
  it('drops habits', () => {
    expect(eventsOf('Red Army jets at times bombed the Oldtown market.', N)).toEqual([]);
  });
  it('keeps an if-clause event apart from the one told as fact, marked conditional', () => {
    const events = eventsOf('The Red Army withdrew from Oldtown. If the Green Militia withdraws from Newport, talks may resume.', N);
    expect(events.map((e) => [e.type, e.certainty])).toEqual([['RETREAT', 'asserted'], ['RETREAT', 'conditional']]);
  });
  it('drops unreal events on request', () => {
    const text = 'The Red Army withdrew from Oldtown. If the Green Militia withdraws from Newport, talks may resume.';
    expect(eventsOf(text, N, { unreal: 'drop' }).map((e) => e.certainty)).toEqual(['asserted']);
  });
  it('marks an actor taken from a neighbouring report as inferred', () => {
    const text = 'Red Army jets bombed Oldtown on Monday. Air strikes also killed nine in Newport.';
    const later = eventsOf(text, N).find((e) => e.casualties?.killed === 9);
    expect(later).toMatchObject({ actor: 'red army', inferred: ['actor'] });
  });
  it('lends no neighbour\'s actor to an attack on that same side', () => {
    const text = 'Red Army jets bombed Oldtown on Monday. Air strikes on the Red Army killed nine in Newport.';
    const later = eventsOf(text, N).find((e) => e.casualties?.killed === 9);
    expect(later).toMatchObject({ actor: null, target: 'red army' });
  });
});

describe('certainty', () => {
  // [label, text, certainty]
  const CASES: [string, string, string][] = [
    ['stated as fact', 'Red Army jets bombed Oldtown on Monday.', 'asserted'],
    ['negated', 'Red Army jets did not bomb Oldtown, the ministry said.', 'denied'],
    ['denied', 'The ministry denied that its jets bombed Oldtown.', 'denied'],
    ['possible', 'Red Army jets could strike Oldtown within days.', 'conditional'],
    ['no comment is no denial', 'The Red Army did not comment on the bombing of Oldtown.', 'asserted'],
    ['no claim is no denial', 'No group has claimed the bombing of Oldtown.', 'asserted'],
    ['if clause', 'If the Green Militia attacks Newport, the truce is over.', 'conditional'],
    ['may the modal', 'Red Army jets may bomb Oldtown again.', 'conditional'],
    ['May the month', 'In May Red Army jets bombed Oldtown.', 'asserted'],
    ['hedged', 'Red Army jets reportedly bombed Oldtown.', 'hedged'],
    ['questioned', 'Did the Green Militia really shell Newport?', 'questioned'],
  ];
  for (const [label, text, certainty] of CASES) {
    it(label, () => {
      const e = eventsOf(text, N).find((x) => x.type === 'ASSAULT');
      expect(e?.certainty).toBe(certainty);
    });
  }

  it('keeps the act of rejecting as having happened, though what it rejects is denied', () => {
    const e = eventsOf('The Green Militia rejected the accusation that it shelled Newport.', N).find((x) => x.type === 'REJECT');
    expect(e?.certainty).toBe('asserted');
  });

  it('takes the claim it is stated in, and its certainty', () => {
    const text = 'Witnesses said Red Army jets bombed Oldtown.';
    const claims: Claim[] = [{ id: 'c1', start: 0, end: text.length, source: 'unnamed', attribution: 'reported_speech', certainty: 'hedged' }];
    const [e] = eventsOf(text, N, { claims });
    expect(e).toMatchObject({ claim: 'c1', certainty: 'hedged' });
  });
});

describe('odd input', () => {
  it('never throws on garbage', () => {
    const junk = ['', '   ', '\u0000\u0001killed', 'killed killed killed 1,2,3,4 to to to', '“”“ attack ” by by by', 'x'.repeat(5000)];
    for (const t of junk) expect(() => eventsOf(t, N)).not.toThrow();
  });
});
