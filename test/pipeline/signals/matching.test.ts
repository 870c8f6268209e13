import { describe, expect, it } from 'vitest';
import { matchRules } from '../../../src/pipeline/6-signals/01-match.js';
import { rule, type SignalRule } from '../../../src/pipeline/6-signals/rule.js';
import { SIGNAL_RULES } from '../../../src/pipeline/6-signals/index.js';
import { fixture } from '../fixture.js';

/** What one scan per rule finds: the rules are matched in one scan, and must find exactly this. */
function scanEach(text: string, rules: readonly SignalRule[]) {
  const hits: { kind: string; start: number; end: number; rule: number }[] = [];
  rules.forEach((r, i) => {
    const re = new RegExp(r.re.source, r.re.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!m[0].length) { re.lastIndex++; continue; }
      hits.push({ kind: r.kind, start: m.index, end: m.index + m[0].length, rule: i });
    }
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

const found = (text: string, rules: readonly SignalRule[]) =>
  matchRules(text, fixture(text).seg, rules).map((h) => ({ kind: h.kind, start: h.start, end: h.end, rule: rules.indexOf(h.rule) }));

describe('signals: one scan for all rules', () => {
  const cases: [string, string][] = [
    ['rules that overlap and share a start', 'The so-called puppet regime of evil, evil puppets staged this.'],
    ['a rule that matches again inside another rule\'s match', 'They said it was not a coincidence, no coincidence at all.'],
    ['repeated words', 'Never, never, never will we forget. It was ever ever ever so.'],
    ['no match at all', 'The bridge reopened on Tuesday after repairs.'],
  ];
  it.each(cases)('finds what a scan per rule finds: %s', (_, text) => {
    expect(found(text, SIGNAL_RULES)).toEqual(scanEach(text, SIGNAL_RULES));
  });

  it('keeps a rule with a back-reference, scanned on its own, in rule order', () => {
    const rules = [
      rule('exaggeration', ['(very)(?: \\1)+']),
      rule('loaded_language', ['very very', 'bad']),
      rule('doubt', ['very']),
    ];
    const text = 'It was very very bad, very bad indeed.';
    expect(found(text, rules)).toEqual(scanEach(text, rules));
    // "very very": the same words for two rules, the first rule's hit first
    expect(found(text, rules).slice(0, 2)).toMatchObject([{ start: 7, end: 16, rule: 0 }, { start: 7, end: 16, rule: 1 }]);
  });
});
