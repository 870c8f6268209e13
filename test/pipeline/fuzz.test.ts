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
