import { describe, expect, it } from 'vitest';
import { findSignals } from '../../../src/pipeline/6-signals/index.js';
import type { Segmentation } from '../../../src/pipeline/1-segment/index.js';
import { fixture } from '../fixture.js';

const kinds = (text: string, seg?: Partial<Segmentation>) => {
  const f = fixture(text);
  return findSignals(f.doc, { ...f.seg, ...seg }, []).map((s) => ({ kind: s.kind, section: s.section, words: text.slice(s.start, s.end) }));
};

describe('signals: fewer and clearer', () => {
  it('joins words of one kind close together', () => {
    expect(kinds('A vile, wicked and sinister plot was hatched.')).toEqual([
      { kind: 'loaded_language', section: 'article', words: 'vile, wicked and sinister' },
    ]);
  });

  it('does not repeat a word already signalled in the document', () => {
    const text = 'The so-called council met.\n\nLater the so-called council voted.';
    expect(kinds(text).filter((s) => s.kind === 'doubt')).toHaveLength(1);
  });

  it('keeps the stronger kind where two kinds share words', () => {
    const found = kinds('Everything is run by Soros and his globalists.');
    expect(found.map((s) => s.kind)).toContain('hate_speech');
    expect(found.filter((s) => s.words.includes('Soros'))).toHaveLength(1);
  });
});

describe('signals: the comment section kept apart', () => {
  const text = 'The dam held through the night.\n\nWhat a pack of idiots runs this town. Total madness.';
  const bodyEnd = text.indexOf('What');
  const tail = { bodyEnd, segments: [{ kind: 'comment' as const, start: bodyEnd, end: text.length }] };

  it('marks signals after the body as comment signals', () => {
    const found = kinds(text, tail);
    expect(found.find((s) => s.kind === 'name_calling')?.section).toBe('comment');
  });

  it('emits one comment_section signal over the thread', () => {
    const found = kinds(text, tail).filter((s) => s.kind === 'comment_section');
    expect(found).toEqual([{ kind: 'comment_section', section: 'comment', words: text.slice(bodyEnd) }]);
  });

  it('never throws on garbage', () => {
    for (const junk of ['', '...', 'Right...', '$$$ $1', 'ever, ever, ever', '\u00a0'.repeat(50)]) expect(() => kinds(junk)).not.toThrow();
  });
});
