import { describe, expect, it } from 'vitest';
import { outletProfiles } from '../../src/ledger/sources.js';
import { report } from './fixtures.js';

describe('outlet profiles', () => {
  it('shares claims by attribution and certainty, and keeps comment signals apart', async () => {
    const a = report({ id: 'a', outlet: 'Wire A', published: '2017-11-13', place: 'atarib' });
    a.doc.text = 'One two three four five six seven eight nine ten. Comment here';
    a.segments = [{ kind: 'body', start: 0, end: 51 }, { kind: 'comment', start: 51, end: 63 }];
    a.claims.push({ id: 'c2', start: 0, end: 10, source: 'e1', attribution: 'according_to', certainty: 'hedged' });
    a.signals = [{ kind: 'loaded_language', start: 0, end: 3 }, { kind: 'name_calling', start: 52, end: 59 }, { kind: 'comment_section', start: 51, end: 63 }];
    const b = report({ id: 'b', outlet: 'Wire A', published: '2017-11-14', place: 'idlib', denied: true });
    const [profile] = await outletProfiles([a, b]);
    expect(profile).toMatchObject({ outlet: 'wire a', documents: 2, claims: 3, named: 0.333, unattributed: 0.667, hedged: 0.333, doubted: 0.333, commentSignals: 1 });
    expect(profile!.signalsPer1000.loaded_language).toBeGreaterThan(0);
    expect(profile!.signalsPer1000.name_calling).toBeUndefined();
  });
});
