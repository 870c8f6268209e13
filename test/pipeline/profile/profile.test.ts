import { describe, expect, it } from 'vitest';
import type { Claim, Signal } from '../../../src/core/record.js';
import { ProfileSchema } from '../../../src/core/record.js';
import { profile } from '../../../src/pipeline/7-profile/index.js';
import { fixture } from '../fixture.js';

const claim = (id: string, source: string, attribution: Claim['attribution'], certainty: Claim['certainty']): Claim =>
  ({ id, start: 0, end: 1, source, attribution, certainty });

// [label, claims, expected named share, hedged share, unattributed share, genre]
const CASES: [string, Claim[], number, number, number, string][] = [
  ['a wire report', [
    claim('c1', 'media:wire', 'according_to', 'asserted'), claim('c2', 'person:a', 'direct_quote', 'asserted'),
    claim('c3', 'person:b', 'direct_quote', 'asserted'), claim('c4', 'author', 'unattributed', 'asserted'),
  ], 0.75, 0, 0.25, 'report'],
  ['a blog post', [
    claim('c1', 'author', 'unattributed', 'asserted'), claim('c2', 'author', 'unattributed', 'questioned'),
    claim('c3', 'author', 'unattributed', 'questioned'), claim('c4', 'unnamed', 'according_to', 'hedged'),
  ], 0, 0.25, 0.75, 'opinion'],
];

describe('profile: the credibility of one document', () => {
  it.each(CASES)('%s', (_label, claims, named, hedged, unattributed, kind) => {
    const { doc, seg } = fixture('The river rose again today and the town waited.');
    const p = profile(doc, seg, claims, []);
    expect(p.claims.namedSource.share).toBe(named);
    expect(p.claims.hedged.share).toBe(hedged);
    expect(p.claims.unattributed.share).toBe(unattributed);
    expect(p.genre.kind).toBe(kind);
    expect(() => ProfileSchema.parse(p)).not.toThrow();
  });

  it('lists the claims behind each share', () => {
    const { doc, seg } = fixture('The river rose again today.');
    const p = profile(doc, seg, [claim('c1', 'author', 'unattributed', 'hedged'), claim('c2', 'person:a', 'reported_speech', 'asserted')], []);
    expect(p.claims.hedged.claims).toEqual(['c1']);
    expect(p.claims.namedSource.claims).toEqual(['c2']);
  });

  it('counts the comment section apart from the article', () => {
    const text = 'The dam held through the night and the valley slept.\n\nidiots everywhere, total madness here';
    const f = fixture(text);
    const bodyEnd = text.indexOf('idiots');
    const seg = { ...f.seg, bodyEnd, segments: [{ kind: 'comment' as const, start: bodyEnd, end: text.length }] };
    const signals: Signal[] = [
      { kind: 'comment_section', start: bodyEnd, end: text.length, section: 'comment' },
      { kind: 'name_calling', start: bodyEnd, end: bodyEnd + 6, section: 'comment' },
    ];
    const p = profile(f.doc, seg, [], signals);
    expect(p.signals.article.count).toBe(0);
    expect(p.signals.comments).toMatchObject({ words: 5, count: 1, per1000Words: 200, byKind: { name_calling: [1] } });
  });

  it('has no shares to speak of without claims', () => {
    const { doc, seg } = fixture('');
    const p = profile(doc, seg, [], []);
    expect(p.claims.total).toBe(0);
    expect(p.claims.hedged.share).toBe(0);
  });
});
