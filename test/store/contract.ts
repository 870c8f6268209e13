/**
 * The store contract: every store (SQLite now, others later) passes this
 * one suite. Call `storeContract(name, open)` from a `*.test.ts` file.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractionRecord } from '../../src/core/record.js';
import { extract, toDoc } from '../../src/pipeline/index.js';
import { buildLedger } from '../../src/ledger/build/index.js';
import type { ReferenceEvent } from '../../src/ledger/reference/types.js';
import type { Store } from '../../src/store/index.js';

const record = (source: string, text: string, title: string | null = null): ExtractionRecord =>
  extract(toDoc({ source, title, published: '2017-09-16', text, outlet: 'Example Wire' }));

const withEntity = (r: ExtractionRecord): ExtractionRecord => ({
  ...r,
  entities: [{ id: 'place:raqqa', name: 'Raqqa', type: 'place', mentions: [{ start: 0, end: 5, text: r.doc.text.slice(0, 5) }], country: 'SY', admin1: 'Raqqa' }],
});

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    it('stores a batch and reads a record back unchanged', async () => {
      const store = await open();
      const r = withEntity(record('a.txt', 'Raqqa fell after a long siege, the monitor said.', 'Raqqa falls'));
      expect(await store.putBatch([r])).toEqual({ added: 1, replaced: 0, unchanged: 0 });
      expect(await store.getRecord(r.doc.id)).toEqual(r);
      expect(await store.getRecord('doc_missing')).toBeNull();
      await store.close();
    });

    it('stores the same document twice once', async () => {
      const store = await open();
      const r = record('b.txt', 'Shelling hit the market twice on Friday.');
      expect(await store.isStored(r.doc)).toBe(false);
      await store.putBatch([r]);
      expect(await store.isStored(r.doc)).toBe(true);
      expect(await store.isStored(record('b.txt', 'Shelling hit the market once on Friday.').doc)).toBe(false);
      expect(await store.putBatch([r])).toEqual({ added: 0, replaced: 0, unchanged: 1 });
      expect((await store.stats()).documents).toBe(1);
      await store.close();
    });

    it('replaces the annotations of a changed document', async () => {
      const store = await open();
      await store.putBatch([withEntity(record('c.txt', 'Raqqa first version of the story.'))]);
      const changed = record('c.txt', 'Second version, with no place named at all.');
      expect(await store.putBatch([changed])).toEqual({ added: 0, replaced: 1, unchanged: 0 });
      const stats = await store.stats();
      expect(stats.documents).toBe(1);
      expect(stats.counts.entities).toBe(0);
      expect(stats.counts.mentions).toBe(0);
      expect(await store.search('first')).toEqual([]);
      expect((await store.search('second'))[0]!.id).toBe(changed.doc.id);
      await store.close();
    });

    it('finds documents by words, with a snippet, ignoring query operators', async () => {
      const store = await open();
      await store.putBatch([record('d.txt', 'Engineers cleared mines from the airport road.'), record('e.txt', 'The dam was retaken by the fighters.')]);
      const hits = await store.search('airport mines');
      expect(hits.map((h) => h.source)).toEqual(['d.txt']);
      expect(hits[0]!.snippet).toContain('«airport»');
      expect(await store.search('dam OR "NEAR(')).toEqual([]);
      expect((await store.search('retak'))[0]!.source).toBe('e.txt');
      await store.close();
    });

    it('stores nothing of a batch that fails', async () => {
      const store = await open();
      const good = record('f.txt', 'A good document that should not be stored alone.');
      const broken = withEntity(record('g.txt', 'Raqqa is named here.'));
      broken.entities.push({ ...broken.entities[0]! }); // the same entity id twice breaks the batch
      await expect(store.putBatch([good, broken])).rejects.toThrow();
      expect((await store.stats()).documents).toBe(0);
      await store.close();
    });

    it('streams every stored record back', async () => {
      const store = await open();
      await store.putBatch([record('k.txt', 'Second by source.'), record('j.txt', 'First by source.')]);
      const sources: string[] = [];
      for await (const r of store.records()) sources.push(r.doc.source);
      expect(sources).toEqual(['j.txt', 'k.txt']);
      await store.close();
    });

    it('saves a ledger and reads it back; a new ledger replaces the old', async () => {
      const store = await open();
      expect(await store.loadLedger()).toBeNull();
      const a = withEntity(record('l.txt', 'Raqqa was shelled.'));
      const b = withEntity(record('m.txt', 'Raqqa was shelled again.'));
      const event = { type: 'ASSAULT' as const, mode: 'heavy-weapons', actor: null, target: null, place: 'place:raqqa', date: '2017-09-16', claim: null, start: 0, end: 5 };
      a.events.push({ ...event, casualties: { killed: 3 } });
      b.events.push({ ...event, casualties: { killed: 5 } });
      a.relations.push({ type: 'controls', subject: 'place:raqqa', object: 'place:raqqa', claim: null });
      const ledger = await buildLedger([a, b]);
      await store.saveLedger(ledger);
      expect(await store.loadLedger()).toEqual(ledger);
      const empty = await buildLedger([]);
      await store.saveLedger(empty);
      expect((await store.loadLedger())!.events).toEqual([]);
      await store.close();
    });

    it('stores reference events once', async () => {
      const store = await open();
      const ref: ReferenceEvent = { dataset: 'ucdp', id: '1', dateStart: '2017-09-16', dateEnd: '2017-09-16', sideA: 'Government of Syria', sideB: 'IS',
        admin1: 'Raqqa', place: 'Raqqa town', lat: 35.95, lon: 39.01, best: 4, low: 4, high: 6, source: 'Wire 20170917' };
      expect(await store.putReference([ref, { ...ref, id: '2', lat: null, lon: null, best: null, low: null, high: null }])).toEqual({ added: 2, unchanged: 0 });
      expect(await store.putReference([ref])).toEqual({ added: 0, unchanged: 1 });
      expect((await store.referenceEvents())[0]).toEqual(ref);
      await store.close();
    });

    it('counts what it holds', async () => {
      const store = await open();
      await store.putBatch([withEntity(record('h.txt', 'Raqqa again.')), record('i.txt', 'Nothing here.')]);
      const s = await store.stats();
      expect(s).toMatchObject({ documents: 2, published: { first: '2017-09-16', last: '2017-09-16' }, outlets: [{ outlet: 'Example Wire', documents: 2 }] });
      expect(s.topEntities[0]).toEqual({ name: 'Raqqa', type: 'place', documents: 1 });
      await store.close();
    });
  });
}
