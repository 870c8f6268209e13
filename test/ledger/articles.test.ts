/**
 * The cross-document ledger on short articles written for it: three outlets
 * tell of one air strike with different tolls, one denies it, and a fourth
 * article reports something else entirely.
 */
import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../src/ledger/build/index.js';
import { extract, toDoc } from '../../src/pipeline/index.js';

const article = (source: string, outlet: string, published: string, text: string) =>
  extract(toDoc({ source, title: null, published, text, outlet }));

const CORPUS = [
  article('a.txt', 'Wire One', '2017-11-14', 'Russian jets struck a market in the town of Atarib in Aleppo province on Monday, killing 21 civilians, rescue workers said.'),
  article('b.txt', 'Wire Two', '2017-11-14', 'An air strike by Russian warplanes killed 30 people at a busy market in Atarib on Monday, a monitoring group said.'),
  article('c.txt', 'Daily Three', '2017-11-15', 'Russian aircraft bombed the market of Atarib on Monday, killing 21 people, local activists said.'),
  article('d.txt', 'Wire One', '2017-11-14', 'Islamic State militants shelled government positions near Deir ez-Zor airport on Sunday, killing four soldiers.'),
];

describe('ledger from articles', () => {
  it('makes one event of the three tellings of the market strike, with their outlets and conflicting tolls', async () => {
    const ledger = await buildLedger(CORPUS);
    const market = ledger.events.find((e) => e.reports.length > 1);
    expect(market).toBeDefined();
    expect(market!.type).toBe('ASSAULT');
    expect(market!.corroboration).toBe(3);
    const toll = market!.contradictions.find((c) => c.kind === 'toll');
    expect(toll?.values.map((v) => [v.value, v.outlets])).toEqual([['21', ['daily three', 'wire one']], ['30', ['wire two']]]);
  });

  it('keeps the Deir ez-Zor shelling apart', async () => {
    const ledger = await buildLedger(CORPUS);
    const deir = ledger.events.filter((e) => e.reports.some((r) => r.docId === CORPUS[3]!.doc.id));
    expect(deir).toHaveLength(1);
    expect(deir[0]!.reports).toHaveLength(1);
  });
});
