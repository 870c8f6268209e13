import { describe, expect, it } from 'vitest';
import { segment } from '../../src/pipeline/1-segment/index.js';
import { toDoc } from '../../src/pipeline/index.js';
import { readPlainText } from '../../src/readers/text.js';

const seg = (text: string) => segment(toDoc(readPlainText('t.txt', text)));

describe('segmentation', () => {
  it('finds the headline line', () => {
    const s = seg('Rebels Take Hill Near Town\n\nRebel fighters said on Monday they had taken the hill.');
    expect(s.headline).toEqual({ start: 0, end: 26 });
  });
});
