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
import { JointScan } from '../../core/joint-scan.js';
import { spanAt } from '../../core/spans.js';
import type { SignalRule } from './rule.js';

export interface Hit extends Span {
  kind: SignalKind;
  rule: SignalRule;
}

const ADDRESSES_READER = /\b(?:you|your|us|our|we)\b/i;

const scans = new WeakMap<readonly SignalRule[], JointScan>();

export function matchRules(text: string, seg: Segmentation, rules: readonly SignalRule[]): Hit[] {
  // One scan of the text for all the rules (a dozen scans otherwise), compiled once per rule set.
  let scan = scans.get(rules);
  if (!scan) scans.set(rules, (scan = new JointScan(rules.map((r) => r.re))));
  const hits: Hit[] = [];
  scan.each(text, (i, start, end) => {
    const r = rules[i]!;
    const hit = { kind: r.kind, start, end, rule: r };
    if (r.kind === 'fundraising' && !addressesReader(text, seg, hit)) return;
    hits.push(hit);
  });
  // The rule order decides between equal spans, as it did with one scan per rule (a rule scanned on its own comes last).
  const rank = (h: Hit) => rules.indexOf(h.rule);
  return hits.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
}

function addressesReader(text: string, seg: Segmentation, at: Span): boolean {
  if (seg.segments.some((s) => s.kind === 'boilerplate' && s.start <= at.start && at.start < s.end)) return true;
  const para = spanAt(seg.paragraphs, at.start);
  return para ? ADDRESSES_READER.test(text.slice(para.start, para.end)) : false;
}
