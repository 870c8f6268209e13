/** Garbage in: the pipeline must never throw, and every record must still validate. */
import { describe, expect, it } from 'vitest';
import { ExtractionRecordSchema } from '../../src/core/record.js';
import { extract, toDoc } from '../../src/pipeline/index.js';
import { readPlainText } from '../../src/readers/text.js';

/** A small seeded generator, so that a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const PIECES = ['"', '“', '”', '\n', '\n\n\n', '.', '?', '!', ' ', 'U.S.', 'said', 'killed 5,000', 'Deir ez-Zor', '\u00a0', '\u200b', '😀', 'ﷺ', '\uD800', 'al-', '--', '...', '’s', '#', '<b>'];

function randomText(next: () => number): string {
  let s = '';
  const n = Math.floor(next() * 400);
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.4) s += PIECES[Math.floor(next() * PIECES.length)];
    else if (r < 0.7) s += String.fromCharCode(Math.floor(next() * 0x3000));
    else s += 'abcdefghij KLMNOP '.charAt(Math.floor(next() * 18));
  }
  return s;
}

describe('fuzz', () => {
  it('survives 300 random texts with valid records and in-range offsets', () => {
    const next = rng(20171001);
    for (let i = 0; i < 300; i++) {
      const text = randomText(next);
      const record = extract(toDoc(readPlainText(`fuzz-${i}.txt`, text)));
      const parsed = ExtractionRecordSchema.safeParse(record);
      expect(parsed.success, `text #${i}: ${JSON.stringify(text).slice(0, 200)}`).toBe(true);
      expect(record.warnings, `text #${i}`).toEqual([]);
      for (const s of [...record.segments, ...record.sentences, ...record.claims, ...record.signals, ...record.events]) {
        expect(s.start).toBeLessThanOrEqual(s.end);
        expect(s.end).toBeLessThanOrEqual(record.doc.text.length);
      }
    }
  });

  // Long runs of one word are where a pattern with overlapping alternatives backtracks without end;
  // each of these would hang a stage (and time the test out) if one did.
  const RUNS: [string, string][] = [
    ['a byline of many names', `By ${'Nora '.repeat(300)}x.`],
    ['many adverbs before a speech verb', `He ${'really '.repeat(40)}then said that the road was shut.`],
    ['a trigger word repeated', `The ${'battle '.repeat(300)}front moved.`],
    ['a wish with many words before the act', `They should ${'all '.repeat(200)}be wiped out.`],
    ['a long subject before a toll', `The death toll ${'from the blast '.repeat(100)}rose to 5.`],
    ['many short quoted sentences', `"${'No. '.repeat(300)}"`],
    ['many names after a role', `A spokesman for the group, ${Array(100).fill('Ali Hassan').join(', ')}, said it.`],
  ];
  it.each(RUNS)('survives %s', (_label, body) => {
    const record = extract(toDoc(readPlainText('runs.txt', `Head line\n\n${body}`)));
    expect(record.warnings).toEqual([]);
  });

  it('survives random bytes decoded leniently', () => {
    const next = rng(7);
    for (let i = 0; i < 100; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(next() * 2000) }, () => Math.floor(next() * 256));
      const text = new TextDecoder().decode(bytes);
      const record = extract(toDoc(readPlainText(`bytes-${i}.txt`, text)));
      expect(ExtractionRecordSchema.safeParse(record).success).toBe(true);
    }
  });
});
