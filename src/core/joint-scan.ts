/**
 * Several global patterns matched in one scan of a text, with exactly the
 * matches that a scan per pattern would find.
 *
 * Why: a lexicon of a dozen patterns scanned one by one reads the text a
 * dozen times. Joined into one alternation, a scan stops only where at
 * least one pattern matches (an alternation matches wherever one of its
 * branches does), which is rare; each pattern is then tried there alone,
 * anchored (sticky), and picks up where its own scan would have gone on.
 * Gathering the word boundary that opens most patterns into one test in
 * front of the alternation roughly halves the scan again.
 *
 * A pattern with a back-reference or a named group, with
 * flags other than `g`/`i`, or that matches less, not more, once case is
 * ignored (a negative lookaround or class, when another pattern ignores
 * case) is scanned on its own, after the others.
 *
 * @example
 *   const scan = new JointScan([/\bsaid\b/gi, /\bI\b/g]);
 *   scan.each('I said so', (i, start, end) => …) // calls (1, 0, 1), then (0, 2, 6)
 *   scan.count('I said so')                      // => [1, 1]
 *   scan.which('They said so')                   // => [true, false]
 */
import { topLevelAlternatives } from './patterns.js';

/** A back-reference (its number would shift in the joined pattern), or a named group (a name may be used once per pattern). */
const NUMBERED = /\\[1-9]|\\k<|\(\?<(?![=!])/;
/** What can match less when case is ignored: `(?!B)` then also refuses "b", `[^a-z]` then also refuses "A". */
const NARROWED_BY_CASE = /\(\?<?!|\[\^/;

export class JointScan {
  /** Matches, somewhere, wherever at least one joined pattern matches; null when none joins. */
  private readonly any: RegExp | null;
  /** Per pattern, the pattern anchored at `lastIndex`, or null for one scanned on its own. */
  private readonly at: (RegExp | null)[];
  /** Per pattern scanned on its own, the pattern (global); null for a joined one. */
  private readonly alone: (RegExp | null)[];

  constructor(patterns: readonly RegExp[]) {
    const ignoreCase = patterns.some((re) => re.flags.includes('i'));
    const joins = (re: RegExp) =>
      /^[gi]*$/.test(re.flags) && !NUMBERED.test(re.source) && (re.ignoreCase || !ignoreCase || !NARROWED_BY_CASE.test(re.source));
    const branches = patterns.filter(joins).flatMap((re) => topLevelAlternatives(re.source));
    const bounded = branches.filter((b) => b.startsWith('\\b')).map((b) => `(?:${b.slice(2)})`);
    const others = branches.filter((b) => !b.startsWith('\\b')).map((b) => `(?:${b})`);
    if (bounded.length) others.push(`\\b(?:${bounded.join('|')})`);
    this.any = others.length ? new RegExp(others.join('|'), ignoreCase ? 'gi' : 'g') : null;
    this.at = patterns.map((re) => (joins(re) ? new RegExp(re.source, re.flags.replace('g', '') + 'y') : null));
    this.alone = patterns.map((re) => (joins(re) ? null : new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  }

  /** Calls `found` for each non-empty match: the joined patterns' in text order (at one place, in pattern order), then the others'. */
  each(text: string, found: (pattern: number, start: number, end: number) => void): void {
    const { any, at, alone } = this;
    // Where each pattern's own scan would go on from: past its last match.
    const from = at.map(() => 0);
    if (any) {
      any.lastIndex = 0;
      for (let m = any.exec(text); m; m = any.exec(text)) {
        const p = m.index;
        for (let i = 0; i < at.length; i++) {
          const re = at[i];
          if (!re || from[i]! > p) continue;
          re.lastIndex = p;
          if (!re.test(text)) continue;
          from[i] = Math.max(p + 1, re.lastIndex);
          if (re.lastIndex > p) found(i, p, re.lastIndex);
        }
        any.lastIndex = p + 1;
      }
    }
    alone.forEach((re, i) => {
      if (!re) return;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) re.lastIndex++;
        else found(i, m.index, m.index + m[0].length);
      }
    });
  }

  /** How many times each pattern matches, as a global scan per pattern counts. */
  count(text: string): number[] {
    const n = this.at.map(() => 0);
    this.each(text, (i) => n[i]!++);
    return n;
  }

  /** Whether each pattern matches anywhere in the text, as its `test` would tell; the scan stops once all have. */
  which(text: string): boolean[] {
    const { any, at, alone } = this;
    const seen = at.map(() => false);
    let left = at.filter((re) => re).length;
    if (any && left) {
      any.lastIndex = 0;
      for (let m = any.exec(text); m && left; m = any.exec(text)) {
        const p = m.index;
        at.forEach((re, i) => {
          if (!re || seen[i]) return;
          re.lastIndex = p;
          if (re.test(text)) { seen[i] = true; left--; }
        });
        any.lastIndex = p + 1;
      }
    }
    alone.forEach((re, i) => {
      if (!re) return;
      re.lastIndex = 0;
      seen[i] = re.test(text);
    });
    return seen;
  }
}
