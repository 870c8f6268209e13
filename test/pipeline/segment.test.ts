import { describe, expect, it } from 'vitest';
import { segment } from '../../src/pipeline/1-segment/index.js';
import { sentences } from '../../src/pipeline/1-segment/02-sentences.js';
import { toDoc } from '../../src/pipeline/index.js';
import { readPlainText } from '../../src/readers/text.js';

const seg = (text: string) => segment(toDoc(readPlainText('t.txt', text)));
const tailStart = (text: string) => {
  const s = seg(text);
  return s.bodyEnd < text.length ? text.slice(s.bodyEnd) : null;
};

const ARTICLE = [
  'Army Retakes Bridge Over River',
  'Government troops retook the main bridge over the river on Sunday after two days of fighting, a military source said.',
  'The source said engineers were checking the bridge for explosives and that traffic would resume within a week.',
  'Residents who fled the district last month told reporters they hoped to return before the winter.',
].join('\n\n');

describe('sentences', () => {
  const cases: [string, string, string[]][] = [
    ['abbreviations and initials', 'The U.S. envoy met Gen. Smith. George W. Bush was not there.', ['The U.S. envoy met Gen. Smith.', 'George W. Bush was not there.']],
    ['decimals with a point', 'Up to 6.000 fighters moved. Then they stopped.', ['Up to 6.000 fighters moved.', 'Then they stopped.']],
    ['glued sentences from a scrape', 'You lost.Go home now.', ['You lost.', 'Go home now.']],
    ['closing quotes stay with their sentence', '"We will stay," he said. Nobody answered.', ['"We will stay," he said.', 'Nobody answered.']],
    ['a question and an exclamation', 'Why now? Because!', ['Why now?', 'Because!']],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(sentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('where the article ends', () => {
  const cases: [string, string, string | null][] = [
    ['a plain report has no tail', ARTICLE, null],
    ['a comment thread that starts with no heading',
      `${ARTICLE}\n\n\nthis is all lies lol.Nobody believes the army anymore, wake up people\n\nYou are so naive. I cant believe you buy this crap?\n\nwhatever, I stopped reading this site years ago. you guys enjoy`,
      'this is all lies lol.Nobod'],
    ['a thread under a heading', `${ARTICLE}\n\n12 Comments\n\nGreat piece, thanks.\n\nAgreed.`, '12 Comments\n\nGreat piece'],
    ['a licence line followed by a donation appeal',
      `${ARTICLE}\n\nCreative Commons / Example Media\n\nSince you're here…\n\nWe have a small favour to ask. Please donate to support independent journalism.`,
      'Creative Commons / Example'],
    ['share and copyright furniture', `${ARTICLE}\n\nShare this article\n\n© 2017 Example Wire. All rights reserved.`, 'Share this article\n\n© 20'],
    ['links to other stories run into the last paragraph',
      `${ARTICLE} Source Example Wire Related News Bombs kill 40 in northern town Talks stall over border`, 'Related News Bombs kill'],
    ['a view count and a link list run into a one-paragraph page',
      `${ARTICLE.replace(/\n\n/g, ' ')} ... 57 Related Rebels seize two villages Army says 30 killed`, '... 57 Related Rebels'],
    ['a link list under the headline leaves the story whole',
      `Army Retakes Bridge\n\nRelated News Storm floods coast ${ARTICLE.split('\n\n').slice(1).join(' ')}`, null],
    ['an opinionated last paragraph is still article',
      `${ARTICLE}\n\nI think the question now is whether you, the reader, will ever hear the truth about this bridge?`, null],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    const tail = tailStart(text);
    if (expected === null) expect(tail).toBeNull();
    else expect(tail?.slice(0, expected.length)).toBe(expected);
  });

  it('marks the tail as comment and boilerplate segments', () => {
    const text = `${ARTICLE}\n\n3 comments\n\nfirst!!\n\nCopyright 2017 Example.`;
    const kinds = seg(text).segments.filter((s) => s.kind !== 'body' && s.kind !== 'headline').map((s) => s.kind);
    expect(kinds).toEqual(['comment', 'boilerplate']);
  });
});

describe('headline and quotations', () => {
  it('finds the headline line', () => {
    expect(seg(ARTICLE).headline).toEqual({ start: 0, end: 30 });
  });

  const cases: [string, string, string[]][] = [
    ['a straight quotation', 'He said "we will hold the bridge at any cost" on Monday.', ['"we will hold the bridge at any cost"']],
    ['reversed curly quotes from a scrape', 'She said ”our units were hit from the air tonight“ later.', ['”our units were hit from the air tonight“']],
    ['scare quotes are not quotations', 'The "rebels" were "trying" again.', []],
    ['a short sentence quoted whole is a quotation', 'The guard shrugged. "Nobody came." Then he left.', ['"Nobody came."']],
    ['a short quote ending a sentence is still a scare quote', 'He called the vote "a farce." Then he left.', []],
    ['a quotation over two paragraphs', 'He said: "the first part runs on here\n\n"and the second part ends here now."', ['"the first part runs on here\n\n"and the second part ends here now."']],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    const s = seg(text);
    expect(s.quotes.map((q) => text.slice(q.start, q.end))).toEqual(expected);
  });
});
