import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDoc } from '../../src/pipeline/index.js';
import { parseColumnsFlag } from '../../src/readers/index.js';
import { parsePublished } from '../../src/readers/dates.js';
import { headlineOf } from '../../src/readers/headline.js';
import { docs, problems, readAll, withFiles } from '../helpers.js';

describe('headlines of plain text', () => {
  const cases: [string, string, string | null][] = [
    ['title case line then a blank line', 'Rebels Seize Airbase Near Hama\n\nRebels said on Monday…', 'Rebels Seize Airbase Near Hama'],
    ['exclamation headline', 'Kurdish fighters leave the province!\n\nAnd then…', 'Kurdish fighters leave the province!'],
    ['long sentence of prose', 'It is now quite clear to everybody who watches the region closely that the fighters were moved there on purpose.\nMore.', null],
    ['a single line has no headline', 'Just one line of text.', null],
  ];
  it.each(cases)('%s', (_label, text, expected) => expect(headlineOf(text)).toBe(expected));
});

describe('published dates', () => {
  const cases: [string, string, string | null][] = [
    ['FA-KES month/day/year', '4/5/17', '2017-04-05'],
    ['ISO timestamp', '2017-09-16T08:00:00Z', '2017-09-16'],
    ['written out', 'September 16, 2017', '2017-09-16'],
    ['day first when the first part cannot be a month', '25/12/2016', '2016-12-25'],
    ['not a date', 'yesterday-ish', null],
    ['impossible date', '2/30/17', null],
  ];
  it.each(cases)('%s', (_label, value, expected) => expect(parsePublished(value)).toBe(expected));
});

describe('readers', () => {
  it('reads text with a headline and a dateline under it', async () => {
    const dir = withFiles({ 'a.txt': 'Troops Enter Town\n\nMon 04 Sep 2017 Troops entered the town on Monday.\n' });
    const [doc] = docs(await readAll([dir]));
    expect(doc).toMatchObject({ title: 'Troops Enter Town', published: '2017-09-04' });
    expect(doc!.source).toBe(path.join(dir, 'a.txt'));
  });

  it('reads Markdown front matter and drops markup', async () => {
    const dir = withFiles({ 'b.md': '---\ntitle: "A siege ends"\ndate: 2016-12-22\n---\n# A siege ends\n\nThe **last** buses left [the city](http://x).\n' });
    const [doc] = docs(await readAll([dir]));
    expect(doc).toMatchObject({ title: 'A siege ends', published: '2016-12-22' });
    expect(doc!.text).toContain('The last buses left the city.');
  });

  it('reads an HTML article with metadata, without navigation', async () => {
    const html = `<html><head><title>Dam retaken | Wire</title><meta property="article:published_time" content="2017-05-10T10:00:00Z">
      <meta property="og:site_name" content="Wire"></head><body><nav>Home · World · Sport</nav><article><h1>Dam retaken</h1>
      <p>Fighters said on Wednesday that they had retaken the dam after a week of clashes with the militants.</p>
      <p>Engineers were checking the structure for damage, a spokesman for the group told reporters by telephone.</p>
      <p>The dam supplies power and water to much of the province and had been held by the militants since 2014.</p></article></body></html>`;
    const [doc] = docs(await readAll([withFiles({ 'c.html': html })]));
    expect(doc).toMatchObject({ published: '2017-05-10', outlet: 'Wire' });
    expect(doc!.text).toContain('retaken the dam');
    expect(doc!.text).not.toContain('Sport');
  });

  it('recognises the FA-KES header and names rows file#unit_id', async () => {
    const csv = 'unit_id,article_title,article_content,source,date,location\n42,Shells hit town,"Shells hit the town, killing two.",Wire,9/3/17,hama\n';
    const dir = withFiles({ 'f.csv': csv });
    const [doc] = docs(await readAll([path.join(dir, 'f.csv')]));
    expect(doc).toMatchObject({ source: `${path.join(dir, 'f.csv')}#42`, title: 'Shells hit town', published: '2017-09-03', outlet: 'Wire' });
  });

  it('reports a malformed CSV row with its line and reads the others', async () => {
    const csv = 'id,text\n1,"First row is fine."\n2,"Second row has",an extra field\n3,"Third row is fine."\n';
    const items = await readAll([path.join(withFiles({ 'g.csv': csv }), 'g.csv')]);
    expect(docs(items).map((d) => d.text)).toEqual(['First row is fine.', 'Third row is fine.']);
    expect(problems(items)[0]!.message).toMatch(/malformed CSV row at line 3/);
  });

  it('says which column to map when there is no text column', async () => {
    const items = await readAll([path.join(withFiles({ 'h.csv': 'a,b\n1,2\n' }), 'h.csv')]);
    expect(problems(items)[0]).toMatchObject({ message: 'no text column found' });
    expect(problems(items)[0]!.fix).toMatch(/--columns text=COLUMN; the header has: a, b/);
  });

  it('honours an explicit column mapping and rejects a missing column', async () => {
    const file = path.join(withFiles({ 'i.csv': 'body,head\nSome words here.,A head\n' }), 'i.csv');
    expect(docs(await readAll([file], { columns: parseColumnsFlag('text=body,title=head') }))[0]).toMatchObject({ title: 'A head' });
    expect(problems(await readAll([file], { columns: { text: 'nope' } }))[0]!.message).toBe('no column named "nope"');
    expect(() => parseColumnsFlag('title=head')).toThrow(/no text column given/);
  });

  it('reads JSON Lines and reports a bad line by number', async () => {
    const jsonl = '{"id":"a","text":"One.","published":"2017-01-02"}\nnot json\n{"id":"b","text":"Two."}\n';
    const items = await readAll([path.join(withFiles({ 'j.jsonl': jsonl }), 'j.jsonl')]);
    expect(docs(items).map((d) => [d.source.split('#')[1], d.published])).toEqual([['a', '2017-01-02'], ['b', null]]);
    expect(problems(items)[0]).toMatchObject({ row: 2, message: 'not valid JSON' });
  });

  const bad: [string, Record<string, string | Buffer>, RegExp][] = [
    ['a binary file', { 'x.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) }, /binary file/],
    ['invalid UTF-8', { 'x.txt': Buffer.from([0x48, 0x69, 0x20, 0xe9, 0x74, 0xe9, 0x0a]) }, /not valid UTF-8 \(first bad byte at offset 3\)/],
    ['an empty document', { 'x.txt': '  \n\n ' }, /empty document/],
    ['an unknown file type named explicitly', { 'x.pdf': 'text' }, /unknown file type/],
  ];
  it.each(bad)('reports %s and names the file', async (_label, files, message) => {
    const dir = withFiles(files);
    const [p] = problems(await readAll([path.join(dir, Object.keys(files)[0]!)]));
    expect(p!.message).toMatch(message);
    expect(p!.file).toBe(path.join(dir, Object.keys(files)[0]!));
  });

  it('skips a document over the size limit with a fix', async () => {
    const dir = withFiles({ 'big.txt': 'word '.repeat(5000) });
    const [p] = problems(await readAll([dir], { maxDocBytes: 1000 }));
    expect(p!.message).toMatch(/larger than the 0 MB limit|larger than/);
    expect(p!.fix).toMatch(/--max-doc-mb/);
  });

  it('walks directories recursively, skips unknown kinds inside them, reports missing paths', async () => {
    const dir = withFiles({ 'a/one.txt': 'One text here.', 'a/b/two.md': 'Two text here.', 'a/pic.png': 'x' });
    const items = await readAll([dir, path.join(dir, 'missing.txt')]);
    expect(docs(items)).toHaveLength(2);
    expect(problems(items)).toEqual([{ file: path.join(dir, 'missing.txt'), message: 'no such file or directory', fix: 'check the path' }]);
    fs.mkdirSync(path.join(dir, 'empty'));
    expect(problems(await readAll([path.join(dir, 'empty')]))[0]!.message).toBe('directory has no readable files');
  });

  it('gives the same input the same id, and other content another id', async () => {
    const dir = withFiles({ 'a.txt': 'Same words.' });
    const [a] = docs(await readAll([dir]));
    const [b] = docs(await readAll([dir]));
    expect(toDoc(a!).id).toBe(toDoc(b!).id);
    expect(toDoc({ ...a!, text: 'Other words.' }).id).not.toBe(toDoc(a!).id);
  });
});

describe('dataset rows that repeat an id', () => {
  it('keep one source for a repeated row and a distinct one for other text under the same id', async () => {
    const csv = 'id,text\n7,"Same words."\n7,"Same words."\n7,"Other words."\n';
    const file = path.join(withFiles({ 'r.csv': csv }), 'r.csv');
    expect(docs(await readAll([file])).map((d) => d.source.split('#')[1])).toEqual(['7', '7', '7~2']);
  });
});
