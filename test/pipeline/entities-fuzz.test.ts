import { describe, expect, it } from 'vitest';
import { segment } from '../../src/pipeline/1-segment/index.js';
import { findEntities } from '../../src/pipeline/2-entities/index.js';
import { findRelations } from '../../src/pipeline/5-relations/index.js';
import { toDoc } from '../../src/pipeline/index.js';
import { readPlainText } from '../../src/readers/text.js';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = ['Deir', 'ez', '-', 'Zor', 'al', 'US', 'U.S.', "'s", '’', 'IS', 'is', 'Syrian', 'troops', 'backed', 'by', ',', '.', '\n', 'the', 'Abu', 'commander', 'of', 'Damascus', 'said', 'Ḩamāh', '“', '”', '/', 'PKK', 'YPG', ' ', '  ', 'town', 'Kafr', '\u0000', '🙂', 'ـ', 'ﷺ'];

describe('the entity and relation stages on garbage', () => {
  it('never throw and keep offsets inside the text', () => {
    const rnd = random(42);
    for (let n = 0; n < 300; n++) {
      const len = Math.floor(rnd() * 80);
      let text = '';
      for (let i = 0; i < len; i++) text += rnd() < 0.7 ? PIECES[Math.floor(rnd() * PIECES.length)]! + ' ' : String.fromCharCode(Math.floor(rnd() * 0xffff));
      const doc = toDoc(readPlainText('fuzz.txt', text));
      const seg = segment(doc);
      const ents = findEntities(doc, seg);
      for (const e of ents.entities) for (const m of e.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(doc.text.length);
        expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      }
      const ids = new Set(ents.entities.map((e) => e.id));
      for (const r of findRelations(doc, seg, ents, [])) expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
    }
  });
});
