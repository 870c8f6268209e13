import { describe, expect, it } from 'vitest';
import { cleanName, isKnown, readUcdpPlaces } from '../../scripts/ucdp-places.js';
import type { GazetteerEntry } from '../../src/gazetteer/entry.js';

type Entry = Omit<GazetteerEntry, 'source'>;
const place = (name: string, lat: number, lon: number, aliases: string[] = []): Entry => ({ id: `place:${name.toLowerCase().replace(/\W+/g, '-')}`, type: 'place', name, aliases, country: 'SY', lat, lon, attrs: {} });

describe('UCDP place descriptions', () => {
  const cases: [string, string, { name: string; aliases: string[]; kind: string } | undefined][] = [
    ['the type word dropped, kept as the kind', 'Kafr Qamar suburb', { name: 'Kafr Qamar', aliases: [], kind: 'suburb' }],
    ['double spaces collapsed', 'Tall Warda  town', { name: 'Tall Warda', aliases: [], kind: 'town' }],
    ['a slash gives another name', 'Qasr Nour/Nourabad village', { name: 'Qasr Nour', aliases: ['Nourabad'], kind: 'village' }],
    ['a bracket gives another name', 'Ain Tina town (Tinat)', { name: 'Ain Tina', aliases: ['Tinat'], kind: 'town' }],
    ['a road number in brackets is no name', 'Birket Sabah village (M5)', { name: 'Birket Sabah', aliases: [], kind: 'village' }],
    ['no type word', 'Jabal Zaytun', { name: 'Jabal Zaytun', aliases: [], kind: '' }],
    ['an airport is a facility, left out', 'Tall Warda airport', undefined],
    ['a military base is a facility, left out', 'military base Regiment 999', undefined],
  ];
  it.each(cases)('%s', (_label, where, expected) => expect(cleanName(where)).toEqual(expected));
});

describe('reading a UCDP extract', () => {
  const admin1: Entry[] = [
    { id: 'place:sy-08', type: 'place', name: 'Rif Dimashq', aliases: ['Rural Damascus'], country: 'SY', admin1: 'Rif Dimashq', attrs: { code: 'SY.08' } },
    { id: 'place:sy-10', type: 'place', name: 'Hama', aliases: ['Hamah'], country: 'SY', admin1: 'Hama', attrs: { code: 'SY.10' } },
  ];
  const head = 'where_prec,where_coordinates,adm_1,latitude,longitude\n';
  const csv = `${head}1,Kafr Qamar suburb,Rif Dimashq governorate,33.5,36.4\n2,Kafr Qamar suburb,Rif Dimashq governorate,33.51,36.4\n`
    + '1,Tall Warda village,Hamah governorate,35.2,36.7\n4,Somewhere district,Hamah governorate,35,36\n1,Abu Karim village,Hamah governorate,35.1,36.6\n';

  it('gives one entry per located place, with its governorate as admin1.tsv names it', () => {
    const out = readUcdpPlaces(csv, admin1);
    expect(out.map((e) => [e.id, e.name, e.admin1])).toEqual([
      ['place:ucdp-kafr-qamar', 'Kafr Qamar', 'Rif Dimashq'],
      ['place:ucdp-tall-warda', 'Tall Warda', 'Hama'],
    ]);
    expect(out[0]).toMatchObject({ country: 'SY', lat: 33.5, lon: 36.4, attrs: { kind: 'suburb' } });
    expect(out[0]!.population).toBeUndefined();
  });

  it('names the row of a governorate it cannot map', () => {
    expect(() => readUcdpPlaces(`${head}1,Tall Warda village,Nowhere governorate,35,36\n`, admin1, 'x.csv')).toThrow(/x\.csv:2: governorate "Nowhere governorate"/);
  });
});

describe('a UCDP place the gazetteer already has', () => {
  const known = [place('Kafr Qamār', 33.5, 36.4), place('Ra’s al ‘Ayn', 36.85, 40.07), place('Tchoban Bey', 36.6, 37.4)];
  const cases: [string, Entry, boolean][] = [
    ['the same name, accents aside', place('Kafr Qamar', 33.52, 36.41), true],
    ['a transliteration', place('Kefr Kamar', 33.52, 36.41), true],
    ['apostrophes split no word', place('Ras al Ayn', 36.85, 40.07), true],
    ['one letter off', place('Al-Rai', 36.6, 37.4, ['Choban Bey']), true],
    ['the same name far away is another village', place('Kafr Qamar', 35.5, 37.4), false],
    ['another name nearby is another village', place('Tall Warda', 33.5, 36.4), false],
  ];
  it.each(cases)('%s', (_label, e, known_) => expect(isKnown(e, known)).toBe(known_));
});
