import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, loadGazetteer, oneEditApart, skeleton, splitName, tokenKey } from '../../src/gazetteer/index.js';
import { parseEntry } from '../../src/gazetteer/entry.js';

describe('keys', () => {
  const keys: [string, string, string][] = [
    ['accents and case', 'Ḩamāh', 'hamah'],
    ['dotted acronym', 'U.S.', 'us'],
    ['ʿayn and apostrophe', 'Dar‘ā', 'dara'],
  ];
  it.each(keys)('tokenKey: %s', (_l, token, key) => expect(tokenKey(token)).toBe(key));

  const names: [string, string, string[]][] = [
    ['article dropped', 'al-Qaryatain', ['qaryatain']],
    ['assimilated article dropped', 'Deir ez-Zor', ['deir', 'zor']],
    ['article inside a name', 'Dayr az Zawr', ['dayr', 'zawr']],
    ['ʿayn marks inside words', 'Ma‘arrat an Nu‘mān', ['maarrat', 'numan']],
    ['an apostrophe before letters is a mark', "Nu'man", ['numan']],
    ['a possessive is no word of its own', 'People’s Council', ['people', 'council']],
  ];
  it.each(names)('splitName: %s', (_l, name, expected) => expect(splitName(name)).toEqual(expected));
  it('splitName: every apostrophe of a name that has no possessives is a mark', () => expect(splitName('Ra’s al ‘Ayn', true)).toEqual(['ras', 'ayn']));

  const skeletons: [string, string, string][] = [
    ['Raqqah and Rakka', 'raqqah', 'rakka'],
    ['Hassakeh and Hasaka', 'hassakeh', 'hasaka'],
    ['Ezzor and Zawr', 'ezzor', 'zawr'],
    ['Qaryatain and Qaryatayn', 'qaryatain', 'qaryatayn'],
  ];
  it.each(skeletons)('skeleton: %s', (_l, a, b) => expect(skeleton(a)).toBe(skeleton(b)));

  const edits: [string, string, string, boolean][] = [
    ['a dropped letter', 'srael', 'israel', true],
    ['a changed letter', 'conico', 'conoco', true],
    ['swapped letters', 'syrai', 'syria', true],
    ['two edits', 'ayman', 'hayan', false],
  ];
  it.each(edits)('oneEditApart: %s', (_l, a, b, ok) => expect(oneEditApart(a, b)).toBe(ok));
});

describe('the data files', () => {
  const gaz = loadGazetteer();

  it('loads every file, with unique ids', () => {
    expect(gaz.entries.length).toBeGreaterThan(5000);
    expect(new Set(gaz.entries.map((e) => e.id)).size).toBe(gaz.entries.length);
  });

  it('gives every Syrian and Iraqi place a position and a division', () => {
    const missing = gaz.entries.filter((e) => e.type === 'place' && (e.country === 'SY' || e.country === 'IQ') && !e.id.startsWith('country:') && !e.attrs.kind?.match(/river|region/) && (!e.admin1 || e.lat === undefined));
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('gives every facility a position, a country and a division', () => {
    const missing = gaz.entries.filter((e) => e.type === 'facility' && (e.lat === undefined || !e.country || (e.country === 'SY' && !e.admin1)));
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('points every parent, backer and leader at an entry that exists', () => {
    const refs = gaz.entries.flatMap((e) => [e.attrs.parent, e.attrs.leads, ...(e.attrs.backers ?? '').split('|')].filter((r): r is string => !!r && r.includes(':')));
    expect(refs.filter((r) => !gaz.byId.has(r))).toEqual([]);
  });

  it('names the first-level divisions of Syria in the English the FA-KES crowd used', () => {
    const admin = new Set(gaz.entries.filter((e) => e.country === 'SY' && e.id.startsWith('place:sy-')).map((e) => e.name));
    expect(admin).toEqual(new Set(['Hasakah', 'Latakia', 'Quneitra', 'Raqqa', 'Suwayda', 'Daraa', 'Deir ez-Zor', 'Rif Dimashq', 'Aleppo', 'Hama', 'Homs', 'Idlib', 'Damascus', 'Tartus']));
  });

  it('keeps the curated files one entry a line, ten columns at most', () => {
    for (const f of fs.readdirSync('data/gazetteer').filter((n) => n.endsWith('.tsv'))) {
      for (const line of fs.readFileSync(`data/gazetteer/${f}`, 'utf8').split('\n')) {
        if (line && !line.startsWith('#')) expect(line.split('\t').length, `${f}: ${line.slice(0, 40)}`).toBeLessThanOrEqual(10);
      }
    }
  });
});

describe('an entry is one line', () => {
  it('parses a line with aliases and attributes', () => {
    const e = parseEntry('actor:test-front\tactor\tTest Front\tTF|The Front\tSY\t\t\t\t\tbackers=US|TR;kind=armed group', 'x.tsv');
    expect(e).toMatchObject({ id: 'actor:test-front', type: 'actor', name: 'Test Front', aliases: ['TF', 'The Front'], country: 'SY', attrs: { backers: 'US|TR', kind: 'armed group' } });
  });

  it('says where a bad line is', () => {
    expect(() => parseEntry('nonsense\tthing\tX', 'bad.tsv', 7)).toThrow(/bad\.tsv:7/);
  });

  it('lets a one-line addition be found', () => {
    const extra = parseEntry('actor:test-front\tactor\tTest Front\t\tSY', 'mine.tsv');
    const gaz = buildGazetteer([extra]);
    expect(gaz.exact.root.next?.get('test')?.next?.get('front')?.values?.[0]?.id).toBe('actor:test-front');
  });
});
