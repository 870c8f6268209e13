/**
 * The credibility profile of each outlet across its documents: how its
 * claims are attributed and hedged, and how often its articles (apart from
 * their comment threads) carry each rhetorical signal. Figures only, with
 * the counts they rest on: no opaque score.
 *
 * @example
 *   const outlets = await outletProfiles(store.records());
 *   outlets[0] // => { outlet: 'reuters', documents: 41, claims: 610, named: 0.62, hedged: 0.08, … }
 */
import type { ExtractionRecord, SignalKind } from '../core/record.js';
import { countWords } from '../core/words.js';
import { outletOf } from './build/02-reports.js';

export interface OutletProfile {
  outlet: string;
  documents: number;
  words: number;
  claims: number;
  /** Shares of claims: with a named source (an entity), by the author unattributed, hedged, denied or questioned. */
  named: number;
  unattributed: number;
  hedged: number;
  doubted: number;
  /** Article signals (comment threads excluded) per 1,000 words, by kind. */
  signalsPer1000: Partial<Record<SignalKind, number>>;
  /** Signals found in reader comments, counted apart. */
  commentSignals: number;
}

/** Where the article body ends in a record: the first comment or boilerplate segment. */
export function bodyEndOf(r: ExtractionRecord): number {
  const tail = r.segments.filter((s) => s.kind === 'comment' || s.kind === 'boilerplate').map((s) => s.start);
  return tail.length ? Math.min(...tail) : r.doc.text.length;
}

export async function outletProfiles(records: AsyncIterable<ExtractionRecord> | Iterable<ExtractionRecord>): Promise<OutletProfile[]> {
  type Acc = { documents: number; words: number; claims: number; named: number; unattributed: number; hedged: number; doubted: number;
    signals: Map<SignalKind, number>; commentSignals: number };
  const by = new Map<string, Acc>();
  for await (const r of records) {
    const key = outletOf(r.doc);
    const a = by.get(key) ?? { documents: 0, words: 0, claims: 0, named: 0, unattributed: 0, hedged: 0, doubted: 0, signals: new Map(), commentSignals: 0 };
    const end = bodyEndOf(r);
    a.documents++;
    a.words += countWords(r.doc.text, 0, end);
    for (const c of r.claims) {
      a.claims++;
      if (c.source !== 'author' && c.source !== 'unnamed') a.named++;
      if (c.attribution === 'unattributed') a.unattributed++;
      if (c.certainty === 'hedged') a.hedged++;
      if (c.certainty === 'denied' || c.certainty === 'questioned') a.doubted++;
    }
    for (const s of r.signals) {
      if (s.kind === 'comment_section') continue;
      if (s.start >= end) a.commentSignals++;
      else a.signals.set(s.kind, (a.signals.get(s.kind) ?? 0) + 1);
    }
    by.set(key, a);
  }
  const share = (n: number, of: number) => (of ? Math.round((1000 * n) / of) / 1000 : 0);
  return [...by].map(([outlet, a]) => ({
    outlet, documents: a.documents, words: a.words, claims: a.claims,
    named: share(a.named, a.claims), unattributed: share(a.unattributed, a.claims), hedged: share(a.hedged, a.claims), doubted: share(a.doubted, a.claims),
    signalsPer1000: Object.fromEntries([...a.signals].map(([k, n]) => [k, Math.round((100000 * n) / Math.max(1, a.words)) / 100])),
    commentSignals: a.commentSignals,
  })).sort((x, y) => y.documents - x.documents || x.outlet.localeCompare(y.outlet));
}
