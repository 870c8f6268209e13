import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/core/geo.js';
import { buildLedger } from '../../src/ledger/build/index.js';
import { EXPORTS, safeCell } from '../../src/ledger/export/index.js';
import { checkAgainstReference } from '../../src/ledger/reference/link.js';
import { detectFormat, FORMATS } from '../../src/ledger/reference/formats.js';
import { CORPUS, report } from './fixtures.js';

describe('cross-document ledger', () => {
  it('merges the reports of one happening and keeps apart another', async () => {
    const ledger = await buildLedger(CORPUS);
    expect(ledger.events).toHaveLength(2);
    const [market, deir] = ledger.events;
    expect(market!.reports.map((r) => r.outlet).sort()).toEqual(['state tv', 'wire a', 'wire b']);
    expect(market!.corroboration).toBe(3);
    expect(market!.killed).toEqual({ min: 21, max: 30 });
    expect(deir!.corroboration).toBe(1);
  });

  it('records contradictions in toll, actor and denial with the outlets behind each value', async () => {
    const [market] = (await buildLedger(CORPUS)).events;
    const byKind = Object.fromEntries(market!.contradictions.map((c) => [c.kind, c.values]));
    expect(byKind.toll).toEqual([{ value: '21', outlets: ['wire a'], docs: ['doc_a'] }, { value: '30', outlets: ['wire b'], docs: ['doc_b'] }]);
    expect(byKind.actor!.map((v) => v.value).sort()).toEqual(['actor:russia', 'actor:syrian government']);
    expect(byKind.denial!.find((v) => v.value === 'denied')!.outlets).toEqual(['state tv']);
  });

  const apart: [string, Parameters<typeof report>[0], Parameters<typeof report>[0]][] = [
    ['dates a week apart', { id: 'x', outlet: 'A', published: '2017-11-01', place: 'atarib' }, { id: 'y', outlet: 'B', published: '2017-11-09', place: 'atarib' }],
    ['places far apart', { id: 'x', outlet: 'A', published: '2017-11-01', place: 'atarib' }, { id: 'y', outlet: 'B', published: '2017-11-01', place: 'deir' }],
  ];
  it.each(apart)('keeps apart reports with %s', async (_label, a, b) => {
    expect((await buildLedger([report(a), report(b)])).events).toHaveLength(2);
  });

  it('does not chain reports day after day into one happening', async () => {
    const days = ['2017-11-01', '2017-11-03', '2017-11-05', '2017-11-07'];
    const ledger = await buildLedger(days.map((d, i) => report({ id: `s${i}`, outlet: `Outlet ${i}`, published: d, place: 'atarib' })));
    expect(ledger.events.map((e) => e.reports.length)).toEqual([2, 2]);
  });

  it('keeps one global entity per thing across documents, and a control ledger', async () => {
    const ledger = await buildLedger(CORPUS);
    expect(ledger.entities.find((e) => e.name === 'Russia')).toMatchObject({ documents: 2 });
    expect(ledger.control.map((c) => [c.holder, c.outlet])).toEqual([['actor:syrian insurgents', 'wire a'], ['actor:syrian government', 'state tv']]);
  });

  it('measures distances on the globe', () => {
    expect(distanceKm({ lat: 35.33, lon: 40.14 }, { lat: 36.2, lon: 37.16 })).toBeGreaterThan(280);
    expect(distanceKm({ lat: 35.33, lon: 40.14 }, { lat: 36.2, lon: 37.16 })).toBeLessThan(300);
  });
});

describe('reference check', () => {
  const header = ['id', 'date_start', 'date_end', 'side_a', 'side_b', 'best', 'low', 'high', 'latitude', 'longitude', 'adm_1', 'where_coordinates'];
  const ucdp = (id: string, best: string, lat: string, lon: string, sideA = 'Government of Russia (Soviet Union)') =>
    FORMATS.ucdp(Object.fromEntries(header.map((h, i) => [h, [id, '2017-11-13', '2017-11-13', sideA, 'Syrian insurgents', best, best, best, lat, lon, 'Aleppo governorate', 'Atarib town'][i]!])))!;

  it('recognises the formats from their headers', () => {
    expect(detectFormat(header)).toBe('ucdp');
    expect(detectFormat(['event_id_cnty', 'event_date', 'actor1', 'actor2', 'fatalities'])).toBe('acled');
    expect(detectFormat(['a', 'b'])).toBeNull();
    expect(ucdp('1', '21', '36.14', '36.83').admin1).toBe('Aleppo');
  });

  it('links each report to the nearest reference event and judges toll, date, place and actors', async () => {
    const ledger = await buildLedger(CORPUS);
    const check = checkAgainstReference(ledger.events, [ucdp('1', '21', '36.15', '36.84'), ucdp('2', '4', '10', '10')], { days: 3, km: 50 });
    const a = check.reports.find((r) => r.docId === 'doc_a')!;
    expect(a).toMatchObject({ reference: 'ucdp:1', verdicts: { toll: 'agree', date: 'agree', place: 'agree', actors: 'agree' } });
    expect(check.reports.find((r) => r.docId === 'doc_b')!.verdicts.toll).toBe('disagree');
    expect(check.reports.some((r) => r.docId === 'doc_d')).toBe(false);
    expect(check.outlets.find((o) => o.key === 'wire b')!.toll).toEqual({ agree: 0, disagree: 1, unknown: 0 });
  });
});

describe('exports', () => {
  it('never writes a CSV cell a spreadsheet would run', () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(safeCell('+1')).toBe(`"'+1"`);
    expect(safeCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(safeCell(-3)).toBe('-3');
    expect(safeCell('plain, with comma')).toBe('"plain, with comma"');
  });

  it('writes ACLED and UCDP columns', async () => {
    const ledger = await buildLedger(CORPUS);
    const acled = EXPORTS['csv-acled'](ledger).split('\r\n');
    expect(acled[0]).toBe('event_id_cnty,event_date,year,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,source,notes,fatalities');
    expect(acled[1]).toMatch(/^SITREP1,2017-11-13,2017,Explosions\/Remote violence,Air\/drone strike,Russia,,Aleppo,Atarib,36.14,36.83,/);
    expect(EXPORTS['csv-ucdp'](ledger).split('\r\n')[0]).toMatch(/^id,year,side_a,side_b,.*,best,high,low$/);
  });

  it('writes GeoJSON points in lon, lat order', async () => {
    const geo = JSON.parse(EXPORTS.geojson(await buildLedger(CORPUS)));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features[0].geometry).toEqual({ type: 'Point', coordinates: [36.83, 36.14] });
    expect(geo.features[0].properties.outlets).toEqual(['state tv', 'wire a', 'wire b']);
  });

  it('writes a STIX 2.1 bundle whose references all resolve, the same twice', async () => {
    const ledger = await buildLedger(CORPUS);
    const bundle = JSON.parse(EXPORTS.stix(ledger));
    const ids = new Set(bundle.objects.map((o: { id: string }) => o.id));
    expect(ids.size).toBe(bundle.objects.length);
    for (const o of bundle.objects) {
      expect(o.spec_version).toBe('2.1');
      for (const ref of [o.source_ref, o.target_ref, ...(o.object_refs ?? [])].filter(Boolean)) expect(ids.has(ref)).toBe(true);
    }
    expect(bundle.objects.filter((o: { type: string }) => o.type === 'incident')).toHaveLength(2);
    expect(EXPORTS.stix(ledger)).toBe(EXPORTS.stix(ledger));
  });

  it('writes PLOVER records and GraphML with escaped names', async () => {
    const ledger = await buildLedger(CORPUS);
    const first = JSON.parse(EXPORTS.plover(ledger).split('\n')[0]!);
    expect(first).toMatchObject({ event_type: 'ASSAULT', mode: 'aerial', actor: 'Russia', location: { placename: 'Atarib' } });
    ledger.entities.push({ key: 'actor:russia', name: 'Russia <&> "Co"', type: 'actor', documents: 1, mentions: 1, lat: null, lon: null, admin1: null });
    const xml = EXPORTS.graphml(ledger);
    expect(xml).toContain('Russia &lt;&amp;&gt; &quot;Co&quot;');
    expect(xml).toMatch(/<edge id="e\d+" source="actor:russia" target="place:atarib"><data key="kind">ASSAULT at</);
    expect(xml).toMatch(/<edge id="e\d+" source="actor:syrian insurgents" target="place:idlib"><data key="kind">controls</);
  });
});
