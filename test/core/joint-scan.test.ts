import { describe, expect, it } from 'vitest';
import { JointScan } from '../../src/core/joint-scan.js';

/** What a global scan per pattern finds, as [pattern, start, end], by start and then pattern. */
function scanEach(patterns: RegExp[], text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  patterns.forEach((p, i) => {
    const re = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!m[0].length) { re.lastIndex++; continue; }
      out.push([i, m.index, m.index + m[0].length]);
    }
  });
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

function joint(patterns: RegExp[], text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  new JointScan(patterns).each(text, (i, start, end) => out.push([i, start, end]));
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

describe('JointScan', () => {
  const cases: [string, RegExp[], string][] = [
    ['overlapping matches of different patterns', [/\bsaid\b/gi, /\bhe said so\b/gi, /\bso\b/gi], 'He said so, she SAID so.'],
    ['a pattern that matches again inside its own match', [/\baa\b|\ba\b/g, /a a/g], 'a a aa a a'],
    ['case-sensitive beside case-insensitive', [/\bI\b/g, /\bme\b/gi, /[a-z]{2}[.!?][A-Z][a-z]/g], 'I told me. me ME i. lost.Go home'],
    ['top-level alternatives, with and without a word boundary', [/\b(?:fuck\w*|damn)|\*{3,}/gi, /\?/g], 'damn *** what?? damnation'],
    ['a back-reference scanned on its own', [/(x)/g, /(a)(b)\2/g], 'abb aba x'],
    ['a negative lookahead that case would widen', [/\bfoo(?!Bar)/g, /\bbar\b/gi], 'foobar fooBar bar'],
    ['a negated class that case would narrow', [/\b[^a-z ]x/g, /\bzz\b/gi], 'Ax ax zz ZZ'],
    ['lookbehind and start of input', [/^\W*should\b/gi, /(?<=\. )why\b/gi], 'Should we? No. Why not. why'],
    ['empty matches are skipped', [/\b/g, /x*/g, /\bx\b/g], 'a x b'],
    ['named groups', [/(?<w>ab)/g, /(?<w>b)c/g], 'abc abc'],
  ];
  it.each(cases)('finds what a scan per pattern finds: %s', (_label, patterns, text) => {
    expect(joint(patterns, text)).toEqual(scanEach(patterns, text));
  });

  it('counts per pattern', () => {
    expect(new JointScan([/\bI\b/g, /\byou\b/gi]).count('I think you, and You, and i')).toEqual([1, 2]);
  });

  it.each(cases)('tells which patterns match, as their own test does: %s', (_label, patterns, text) => {
    expect(new JointScan(patterns).which(text)).toEqual(patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '')).test(text)));
  });
});
