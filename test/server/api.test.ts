/** The JSON API, called in-process over the fixture ledger. */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, openSqliteReadModel, type ReadModel } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { fixtureDb, RECORDS, XSS_SOURCE } from './fixture.js';

let model: ReadModel;
let app: ReturnType<typeof createApp>;
const get = async (path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  model = openSqliteReadModel(await fixtureDb());
  app = createApp(model);
});
afterAll(() => model.close());

describe('API', () => {
  it('summarises the ledger', async () => {
    const { status, body } = await get('/api/stats');
    expect(status).toBe(200);
    expect(body).toMatchObject({ documents: 4, counts: { events: 4, claims: 6, relations: 3 }, eventTypes: [{ type: 'ASSAULT', count: 4 }] });
  });

  it('lists and searches documents, and returns one with its text', async () => {
    expect((await get('/api/documents')).body.total).toBe(4);
    const hits = await get('/api/documents?q=fuel%20depot');
    expect(hits.body.items.map((d: { title: string }) => d.title)).toEqual(['Jets strike fuel depot near Tell Harran']);
    expect((await get('/api/documents?outlet=Levant%20Wire')).body.total).toBe(2);
    const id = RECORDS[2]!.doc.id;
    const doc = await get(`/api/documents/${id}`);
    expect(doc.body.doc.text).toBe(RECORDS[2]!.doc.text);
    expect(doc.body.events[0]).toMatchObject({ type: 'ASSAULT', place: 'e2' });
    expect((await get('/api/documents/doc_nope')).status).toBe(404);
  });

  it('filters events by type, actor, place and dates, with names and coordinates', async () => {
    const all = await get('/api/events');
    expect(all.body.total).toBe(4);
    expect(all.body.items[0]).toMatchObject({ type: 'ASSAULT', actor: { name: 'Northern Army' }, place: { name: 'Qasr al-Nahr', lat: 35.13, admin1: 'Hama' }, wounded: 12 });
    expect((await get('/api/events?actor=Eastern%20Air%20Group')).body.items).toHaveLength(1);
    expect((await get('/api/events?place=Hama')).body.total).toBe(2);
    expect((await get('/api/events?from=2017-05-01&to=2017-05-31')).body.items.map((e: { mode: string }) => e.mode)).toEqual(['air strike']);
    expect((await get('/api/events?type=PROTEST')).body.total).toBe(0);
  });

  it('shows an event with every report of it and where they disagree', async () => {
    const { body } = await get(`/api/events/${RECORDS[0]!.doc.id}/0`);
    expect(body.reports.map((r: { outlet: string }) => r.outlet)).toEqual(['Levant Wire', 'Orient Daily']);
    expect(body.reports[0]).toMatchObject({
      excerpt: 'Army artillery shelled the market of Qasr al-Nahr on Friday, killing 7 civilians and wounding 12, the rescue service said.',
      mark: [0, 33],
    });
    expect(body.contradictions).toEqual(['killed: 7 (Levant Wire) vs 9 (Orient Daily)']);
    expect(body.ledgerEvent).toBeNull();
    expect((await get(`/api/events/${RECORDS[0]!.doc.id}/5`)).status).toBe(404);
  });

  it('lists entities and shows one with its events, documents and relations', async () => {
    const places = await get('/api/entities?type=place');
    expect(places.body.items.map((p: { name: string }) => p.name)).toEqual(['Qasr al-Nahr', 'Tell Harran', 'Wadi Sahm']);
    const army = await get('/api/entities/Northern%20Army');
    expect(army.body).toMatchObject({ name: 'Northern Army', type: 'actor', documents: 3, events: 2 });
    expect(army.body.eventRows).toHaveLength(2);
    expect(army.body.relations.map((r: { type: string }) => r.type).sort()).toEqual(['backs', 'fights']);
    expect((await get('/api/entities/Nobody')).status).toBe(404);
  });

  it('draws the network with the sources of each edge', async () => {
    const { body } = await get('/api/network');
    const fights = body.edges.find((e: { type: string }) => e.type === 'fights');
    expect(fights).toMatchObject({ source: 'Northern Army', target: 'Valley Brigades' });
    expect(fights.documents).toHaveLength(2);
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['Eastern Air Group', 'Northern Army', 'Valley Brigades']);
    expect((await get('/api/network?type=backs')).body.edges).toHaveLength(1);
  });

  it('filters the claim ledger by outlet, source, actor, certainty and signal', async () => {
    expect((await get('/api/claims')).body.total).toBe(6);
    const denied = await get('/api/claims?certainty=denied');
    expect(denied.body.items[0]).toMatchObject({ source: 'Valley Brigades', text: 'fighters were nowhere near the market', certainty: 'denied' });
    expect((await get('/api/claims?outlet=Orient%20Daily')).body.total).toBe(2);
    expect((await get('/api/claims?source=council')).body.total).toBe(1);
    expect((await get('/api/claims?actor=Valley%20Brigades')).body.total).toBe(2);
    expect((await get('/api/claims?signal=loaded_language')).body.total).toBe(0);
    expect((await get('/api/claims?certainty=hedged')).body.items[0].source).toBe(XSS_SOURCE);
  });

  it('rejects bad parameters with 400 naming the parameter', async () => {
    const r = await get('/api/events?from=yesterday&limit=-3');
    expect(r.status).toBe(400);
    expect(r.body.issues.map((i: { param: string }) => i.param).sort()).toEqual(['from', 'limit']);
    expect((await get('/api/claims?certainty=sure')).status).toBe(400);
    expect((await get('/api/nothing')).status).toBe(404);
  });
});

describe('with a ledger built', () => {
  it('groups the reports of an event as the ledger does', async () => {
    const file = await fixtureDb();
    const db = new Database(file);
    const insert = db.prepare('INSERT INTO ledger_reports (event_id, doc_id, seq, outlet) VALUES (?, ?, ?, ?)');
    // A ledger that (for the test's sake) puts the air raid with the Levant Wire shelling, and the Orient Daily one apart.
    insert.run('ev1', RECORDS[0]!.doc.id, 0, 'Levant Wire');
    insert.run('ev1', RECORDS[2]!.doc.id, 0, 'Levant Wire');
    insert.run('ev2', RECORDS[1]!.doc.id, 0, 'Orient Daily');
    db.close();
    const ledgerModel = openSqliteReadModel(file);
    const detail = (await ledgerModel.event(RECORDS[0]!.doc.id, 0))!;
    expect(detail.ledgerEvent).toBe('ev1');
    expect(detail.reports.map((r) => r.mode)).toEqual(['shelling', 'air strike']);
    expect((await ledgerModel.event(RECORDS[3]!.doc.id, 0))!.ledgerEvent).toBeNull();
    await ledgerModel.close();
  });
});

describe('a database that grows while served', () => {
  it('answers with what an ingest running beside it has committed', async () => {
    const file = await fixtureDb();
    const live = openSqliteReadModel(file);
    expect((await live.entities({ type: 'place', limit: 10, offset: 0 })).total).toBe(3);
    const store = await openStore(file);
    const extra = structuredClone(RECORDS[2]!);
    Object.assign(extra.doc, { id: 'doc_extra', source: 'fixture/extra.txt' });
    extra.entities[1]!.name = 'Ain Tawil';
    await store.putBatch([extra]);
    await store.close();
    expect((await live.stats()).documents).toBe(5);
    expect((await live.entities({ type: 'place', limit: 10, offset: 0 })).items.map((p) => p.name)).toContain('Ain Tawil');
    await live.close();
  });
});

describe('access', () => {
  it('answers only to loopback host names without a token', async () => {
    expect((await app.request('http://127.0.0.1/api/stats')).status).toBe(200);
    expect((await app.request('http://evil.example/api/stats')).status).toBe(403);
  });

  it('requires the token when one is set, by header or query', async () => {
    const locked = createApp(model, { token: 's3cret' });
    expect((await locked.request('http://0.0.0.0/api/stats')).status).toBe(401);
    expect((await locked.request('/api/stats', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await locked.request('http://10.0.0.5/api/stats', { headers: { Authorization: 'Bearer s3cret' } })).status).toBe(200);
    expect((await locked.request('/api/stats?token=s3cret')).status).toBe(200);
    expect((await locked.request('/index.html')).status).toBe(200);
  });

  it('serves the UI and its libraries with a strict content policy, and nothing else from disk', async () => {
    const page = await app.request('/');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-[^']+'/);
    for (const p of ['/js/app.js', '/vendor/d3-geo.js', '/vendor/topojson-client/index.js', '/vendor/countries-50m.json']) {
      expect((await app.request(p)).status, p).toBe(200);
    }
    for (const p of ['/../package.json', '/vendor/../../package.json', '/%2e%2e/package.json', '/src/server/app.ts']) {
      expect((await app.request(p)).status, p).toBe(404);
    }
  });
});
