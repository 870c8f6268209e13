/**
 * Step 3: fewer, clearer signals. Hits of one kind close together in one
 * paragraph become one signal over all their words; a kind's word that
 * comes back later in the same document is not signalled again; where
 * signals of different kinds overlap, the stronger kind (incitement and
 * hate before framing, framing before word choice) keeps the words.
 *
 * @example
 *   merge(text, hits, seg.paragraphs) // "foul and evil" → one loaded_language signal, not two
 */
import type { SignalKind, Span } from '../../core/record.js';
import { spanAt } from '../../core/spans.js';
import type { Hit } from './01-match.js';

const STRENGTH: SignalKind[] = [
  'call_to_violence', 'hate_speech', 'fundraising', 'conspiracy_framing', 'unsupported_certainty', 'name_calling',
  'doubt', 'exaggeration', 'appeal_to_fear', 'loaded_language', 'causal_oversimplification', 'flag_waving', 'comment_section',
];

/** A word's stem for "said again": lower case, single spaces, no plural or tense ending. */
const stem = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/(?:s|es|ed|ing)\b/g, '');

/** Hits of one kind this close (in characters, within a paragraph) are one signal. */
const NEAR = 100;

export function merge(text: string, hits: readonly Hit[], paragraphs: readonly Span[]): (Span & { kind: SignalKind })[] {
  const seen = new Set<string>();
  const last = new Map<SignalKind, Span & { kind: SignalKind; paragraph: number }>();
  const joined: (Span & { kind: SignalKind })[] = [];
  for (const h of hits) {
    const key = `${h.kind}|${stem(text.slice(h.start, h.end))}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const paragraph = spanAt(paragraphs, h.start)?.start ?? h.start;
    const prev = last.get(h.kind);
    if (prev && prev.paragraph === paragraph && h.start - prev.end <= NEAR) {
      prev.end = Math.max(prev.end, h.end);
      continue;
    }
    const signal = { kind: h.kind, start: h.start, end: h.end, paragraph };
    last.set(h.kind, signal);
    joined.push(signal);
  }
  const rank = (k: SignalKind) => STRENGTH.indexOf(k);
  const byStrength = joined.sort((a, b) => rank(a.kind) - rank(b.kind) || a.start - b.start);
  const kept: (Span & { kind: SignalKind })[] = [];
  for (const s of byStrength) {
    if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push({ kind: s.kind, start: s.start, end: s.end });
  }
  return kept.sort((a, b) => a.start - b.start);
}
