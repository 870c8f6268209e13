/**
 * A small ledger written for the server and UI tests: four invented
 * reports with entities (places with coordinates), events, claims,
 * relations and signals, including two reports of one shelling that
 * disagree on the toll, and one article whose title, text, outlet and
 * claim source carry script and event-handler payloads.
 *
 * @example
 *   const db = await fixtureDb(); // path of a fresh SQLite file
 */
import path from 'node:path';
import type { Claim, Entity, ExtractionRecord, Relation, SitEvent, Signal } from '../../src/core/record.js';
import { docId } from '../../src/core/ids.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from '../helpers.js';

export const XSS_TITLE = '<script>alert(1)</script> Convoy ambushed <img src=x onerror=alert(1)>';
export const XSS_SOURCE = '<img src=x onerror=alert(2)>';

interface Spec {
  source: string;
  title: string;
  outlet: string;
  published: string;
  body: string;
  comments?: string;
  entities: { id: string; name: string; type: Entity['type']; phrase: string; geo?: [number, number]; admin1?: string }[];
  events: (Omit<SitEvent, 'start' | 'end'> & { phrase: string })[];
  claims: (Omit<Claim, 'start' | 'end'> & { phrase: string })[];
  relations?: Relation[];
  signals?: { kind: Signal['kind']; phrase: string }[];
}

function record(spec: Spec): ExtractionRecord {
  const text = `${spec.title}\n\n${spec.body}${spec.comments ? `\n\n${spec.comments}` : ''}`;
  const span = (phrase: string, from = spec.title.length) => {
    const start = text.indexOf(phrase, from);
    if (start < 0) throw new Error(`fixture: "${phrase}" not in ${spec.source}`);
    return { start, end: start + phrase.length };
  };
  const bodyStart = spec.title.length + 2;
  const bodyEnd = bodyStart + spec.body.length;
  return {
    contract: 'sitrep/extraction@1',
    doc: { id: docId(spec.source, spec.title, text), source: spec.source, title: spec.title, published: spec.published, text, outlet: spec.outlet },
    segments: [
      { kind: 'headline', start: 0, end: spec.title.length },
      { kind: 'body', start: bodyStart, end: bodyEnd },
      ...(spec.comments ? [{ kind: 'comment' as const, start: bodyEnd + 2, end: text.length }] : []),
    ],
    paragraphs: [{ start: bodyStart, end: bodyEnd }],
    sentences: [...spec.body.matchAll(/[^.]+\./g)].map((m) => {
      const start = bodyStart + m.index + (m[0].length - m[0].trimStart().length);
      return { start, end: bodyStart + m.index + m[0].length };
    }),
    entities: spec.entities.map(({ phrase, geo, ...e }) => ({
      ...e, mentions: [{ ...span(phrase), text: phrase }], ...(geo ? { geo: { lat: geo[0], lon: geo[1] } } : {}),
    })),
    events: spec.events.map(({ phrase, ...e }) => ({ ...e, ...span(phrase) })),
    claims: spec.claims.map(({ phrase, ...c }) => ({ ...c, ...span(phrase) })),
    relations: spec.relations ?? [],
    signals: [
      ...(spec.signals ?? []).map(({ kind, phrase }) => ({ kind, ...span(phrase) })),
      ...(spec.comments ? [{ kind: 'comment_section' as const, start: bodyEnd + 2, end: text.length }] : []),
    ],
    warnings: [],
  };
}

const shelling = (outlet: string, killed: number, published: string): Spec => ({
  source: `fixture/${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`,
  title: `Artillery strikes hit Qasr al-Nahr market, ${killed} dead`,
  outlet, published,
  body: `Army artillery shelled the market of Qasr al-Nahr on Friday, killing ${killed} civilians and wounding 12, the rescue service said. `
    + 'A spokesman for the Valley Brigades said fighters were nowhere near the market.',
  comments: 'This is all propaganda, wake up people!',
  entities: [
    { id: 'e1', name: 'Northern Army', type: 'actor', phrase: 'Army' },
    { id: 'e2', name: 'Qasr al-Nahr', type: 'place', phrase: 'Qasr al-Nahr', geo: [35.13, 36.75], admin1: 'Hama' },
    { id: 'e3', name: 'Valley Brigades', type: 'actor', phrase: 'Valley Brigades' },
  ],
  events: [{ type: 'ASSAULT', mode: 'shelling', actor: 'e1', target: null, place: 'e2', date: '2017-03-03',
    casualties: { killed, wounded: 12 }, claim: 'c1', phrase: 'Army artillery shelled the market' }],
  claims: [
    { id: 'c1', source: 'the rescue service', attribution: 'according_to', certainty: 'asserted', phrase: `killing ${killed} civilians and wounding 12` },
    { id: 'c2', source: 'Valley Brigades', attribution: 'reported_speech', certainty: 'denied', phrase: 'fighters were nowhere near the market' },
  ],
  relations: [{ type: 'fights', subject: 'e1', object: 'e3', claim: null }],
  signals: [{ kind: 'loaded_language', phrase: 'propaganda' }],
});

export const SPECS: Spec[] = [
  shelling('Levant Wire', 7, '2017-03-04'),
  shelling('Orient Daily', 9, '2017-03-05'),
  {
    source: 'fixture/air-raid.txt', title: 'Jets strike fuel depot near Tell Harran', outlet: 'Levant Wire', published: '2017-05-11',
    body: 'Eastern Air Group jets struck a fuel depot near Tell Harran on Wednesday, killing 3 guards, a local council said. '
      + 'The Eastern Air Group backs the Northern Army in the valley.',
    entities: [
      { id: 'e1', name: 'Eastern Air Group', type: 'actor', phrase: 'Eastern Air Group' },
      { id: 'e2', name: 'Tell Harran', type: 'place', phrase: 'Tell Harran', geo: [36.2, 37.15], admin1: 'Aleppo' },
      { id: 'e3', name: 'Northern Army', type: 'actor', phrase: 'Northern Army' },
    ],
    events: [{ type: 'ASSAULT', mode: 'air strike', actor: 'e1', target: null, place: 'e2', date: '2017-05-10',
      casualties: { killed: 3 }, claim: 'c1', phrase: 'jets struck a fuel depot' }],
    claims: [{ id: 'c1', source: 'a local council', attribution: 'according_to', certainty: 'asserted', phrase: 'killing 3 guards' }],
    relations: [{ type: 'backs', subject: 'e1', object: 'e3', claim: null }],
  },
  {
    source: 'fixture/hostile.txt', title: XSS_TITLE, outlet: '<b>Evil</b> Outlet', published: '2017-06-02',
    body: 'Gunmen <script>alert(1)</script> ambushed a convoy near Wadi Sahm <img src=x onerror=alert(1)> on Thursday, killing 2 drivers.',
    entities: [{ id: 'e1', name: 'Wadi Sahm', type: 'place', phrase: 'Wadi Sahm', geo: [34.7, 36.9], admin1: '<i>Homs</i>' }],
    events: [{ type: 'ASSAULT', mode: 'ambush', actor: null, target: null, place: 'e1', date: '2017-06-01',
      casualties: { killed: 2 }, claim: 'c1', phrase: 'ambushed a convoy' }],
    claims: [{ id: 'c1', source: XSS_SOURCE, attribution: 'unattributed', certainty: 'hedged', phrase: 'killing 2 drivers' }],
  },
];

export const RECORDS = SPECS.map(record);

/** A fresh database file holding the fixture records. */
export async function fixtureDb(): Promise<string> {
  const file = path.join(tempDir('sitrep-ui-'), 'fixture.db');
  const store = await openStore(file);
  await store.putBatch(RECORDS);
  await store.close();
  return file;
}
