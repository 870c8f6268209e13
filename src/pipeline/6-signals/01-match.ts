/**
 * Step 1: every place a signal rule's words occur, over the whole text
 * (headline, body and tail). Fundraising words count only where the text
 * addresses its readers (a boilerplate segment, or a paragraph that says
 * "you" or "us"), so that "donated weapons" in a report is not an appeal.
 *
 * @example
 *   matchRules(text, seg, RULES) // => [{ kind: 'doubt', start: 4, end: 13, rule: r }, …]
 */
import type { SignalKind, Span } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import { spanAt } from '../../core/spans.js';
import type { SignalRule } from './rule.js';

export interface Hit extends Span {
  kind: SignalKind;
  rule: SignalRule;
}

const ADDRESSES_READER = /\b(?:you|your|us|our|we)\b/i;

export function matchRules(text: string, seg: Segmentation, rules: readonly SignalRule[]): Hit[] {
  const hits: Hit[] = [];
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      if (m[0].length === 0) { r.re.lastIndex++; continue; }
      const hit = { kind: r.kind, start: m.index, end: m.index + m[0].length, rule: r };
      if (r.kind === 'fundraising' && !addressesReader(text, seg, hit)) continue;
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

function addressesReader(text: string, seg: Segmentation, at: Span): boolean {
  if (seg.segments.some((s) => s.kind === 'boilerplate' && s.start <= at.start && at.start < s.end)) return true;
  const para = spanAt(seg.paragraphs, at.start);
  return para ? ADDRESSES_READER.test(text.slice(para.start, para.end)) : false;
}
