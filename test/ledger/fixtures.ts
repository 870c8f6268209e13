/** Small hand-made records for the cross-document logic: three outlets, two happenings. */
import type { Entity, ExtractionRecord, SitEvent } from '../../src/core/record.js';
import { CONTRACT } from '../../src/core/record.js';

const PLACES: Record<string, Entity> = {
  atarib: { id: 'place:atarib', name: 'Atarib', type: 'place', mentions: [], geo: { lat: 36.14, lon: 36.83 }, country: 'SY', admin1: 'Aleppo' },
  idlib: { id: 'place:idlib', name: 'Idlib', type: 'place', mentions: [], geo: { lat: 35.93, lon: 36.63 }, country: 'SY', admin1: 'Idlib' },
  deir: { id: 'place:deir', name: 'Deir ez-Zor', type: 'place', mentions: [], geo: { lat: 35.33, lon: 40.14 }, country: 'SY', admin1: 'Deir ez-Zor' },
};
const ACTORS: Record<string, Entity> = {
  russia: { id: 'a1', name: 'Russia', type: 'actor', mentions: [] },
  syria: { id: 'a2', name: 'Syrian government', type: 'actor', mentions: [] },
  isis: { id: 'a3', name: 'Islamic State', type: 'actor', mentions: [] },
  rebels: { id: 'a4', name: 'Syrian insurgents', type: 'actor', mentions: [] },
};

export function report(opts: { id: string; outlet: string; published: string; place: keyof typeof PLACES; actor?: keyof typeof ACTORS;
  killed?: number; date?: string; denied?: boolean; controls?: [keyof typeof ACTORS, keyof typeof PLACES] }): ExtractionRecord {
  const entities = [PLACES[opts.place]!, ...(opts.actor ? [ACTORS[opts.actor]!] : [])];
  if (opts.controls) entities.push(ACTORS[opts.controls[0]]!, PLACES[opts.controls[1]]!);
  const event: SitEvent = {
    type: 'ASSAULT', mode: 'aerial', actor: opts.actor ? ACTORS[opts.actor]!.id : null, target: null, place: PLACES[opts.place]!.id,
    date: opts.date ?? opts.published, claim: 'c1', start: 0, end: 10, ...(opts.killed !== undefined ? { casualties: { killed: opts.killed } } : {}),
  };
  return {
    contract: CONTRACT,
    doc: { id: `doc_${opts.id}`, source: `${opts.id}.txt`, title: null, published: opts.published, text: 'Air strikes hit the town.', outlet: opts.outlet },
    segments: [], paragraphs: [], sentences: [], warnings: [], signals: [],
    entities: [...new Map(entities.map((e) => [e.id, e])).values()],
    events: [event],
    relations: opts.controls ? [{ type: 'controls', subject: ACTORS[opts.controls[0]]!.id, object: PLACES[opts.controls[1]]!.id, claim: 'c1' }] : [],
    claims: [{ id: 'c1', start: 0, end: 25, source: 'author', attribution: 'unattributed', certainty: opts.denied ? 'denied' : 'asserted' }],
  };
}

/** Three outlets on a market strike near Idlib (two tolls, one denial), one on Deir ez-Zor. */
export const CORPUS = [
  report({ id: 'a', outlet: 'Wire A', published: '2017-11-13', place: 'atarib', actor: 'russia', killed: 21, controls: ['rebels', 'idlib'] }),
  report({ id: 'b', outlet: 'Wire B', published: '2017-11-14', date: '2017-11-13', place: 'atarib', actor: 'russia', killed: 30 }),
  report({ id: 'c', outlet: 'State TV', published: '2017-11-14', place: 'idlib', actor: 'syria', denied: true, controls: ['syria', 'idlib'] }),
  report({ id: 'd', outlet: 'Wire A', published: '2017-11-13', place: 'deir', actor: 'isis', killed: 4 }),
];
