import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/core/record.js';
import { batches } from '../../src/pipeline/batches.js';
import { extract, extractBatch, toDoc } from '../../src/pipeline/index.js';
import { readPlainText } from '../../src/readers/text.js';

const TEXTS = [
  'Shelling on Kesh\n\nArmy artillery shelled Kesh on Monday, killing four people, a monitor said.',
  'Talks stall\n\nThe two sides met in Geneva but agreed on nothing, diplomats said.',
  '',
  'Drone strike\n\nA drone struck a car near Mosul on Friday. "We were not told," a local official said.',
];
const docs = TEXTS.map((t, i) => toDoc(readPlainText(`doc-${i}.txt`, t)));

async function* stream(xs: Doc[]) {
  for (const x of xs) yield x;
}

async function collect(xs: AsyncIterable<Doc[]>): Promise<number[]> {
  const sizes: number[] = [];
  for await (const b of xs) sizes.push(b.length);
  return sizes;
}

describe('batches of documents', () => {
  it('gives each document of a batch the record it gets alone', () => {
    expect(extractBatch(docs)).toEqual(docs.map((d) => extract(d)));
  });

  it('closes a batch at its number of documents', async () => {
    expect(await collect(batches(stream(docs), { maxDocs: 3, maxChars: 1e9 }))).toEqual([3, 1]);
  });

  it('closes a batch at its amount of text, so a huge document travels alone', async () => {
    const huge = toDoc(readPlainText('huge.txt', 'Long report\n\n' + 'Word after word. '.repeat(1000)));
    expect(await collect(batches(stream([huge, ...docs]), { maxDocs: 64, maxChars: 1000 }))).toEqual([1, 4]);
  });

  it('yields nothing for no documents', async () => {
    expect(await collect(batches(stream([])))).toEqual([]);
  });
});
