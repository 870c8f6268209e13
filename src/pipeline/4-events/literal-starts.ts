/**
 * The text a regex source's matches can start with, so a scan can try
 * only the patterns that fit the word in front of it. Understands what
 * the lexicon uses: literals, groups, alternation and optional groups;
 * anything else (a class, `\w`, a lookaround) counts as "could start
 * with anything".
 *
 * @example
 *   literalStarts('(?:car|truck) bombs?|(?:land ?)?mines', 3) // => Set { 'car', 'tru', 'lan', 'min' }
 *   literalStarts('[a-z]+ed', 3)                              // => Set { ANY }
 */
export const ANY = '*';

/** Splits a source at its top-level `|`. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** The index just past the group that opens at `at`. */
function groupEnd(src: string, at: number): number {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) return i + 1;
  }
  return src.length;
}

/** The group a source opens with: its content, whether it may be skipped, and what follows it; null for a lookaround or a counted group. */
function leadingGroup(s: string): { inner: string; optional: boolean; rest: string } | null {
  // A lookaround consumes nothing: what it says about the start is not worth the trouble.
  if (/^\(\?[=!<]/.test(s)) return null;
  const end = groupEnd(s, 0);
  const after = s.slice(end);
  if (after.startsWith('{')) return null;
  const inner = s.slice(0, end).replace(/^\((?:\?:)?/, '').replace(/\)$/, '');
  return { inner, optional: /^[?*]/.test(after), rest: after.slice(1) };
}

/**
 * Every way a match of `src` can begin, lower-cased and cut to `n`
 * characters (shorter where the literal is); ANY where it cannot tell.
 * A match always starts with one of them, so a place whose text starts
 * with none cannot hold one.
 */
export function literalStarts(src: string, n: number): Set<string> {
  const out = new Set<string>();
  for (const alt of alternatives(src)) {
    const s = alt.replace(/^(?:\\b)+/, '');
    if (s.startsWith('(')) {
      const g = leadingGroup(s);
      if (!g) out.add(ANY);
      else {
        for (const x of literalStarts(g.inner, n)) out.add(x);
        // An optional group may be skipped: what follows can start the match too.
        if (g.optional) for (const x of literalStarts(g.rest, n)) out.add(x);
      }
      continue;
    }
    // Plain ASCII only: a scan can then compare character codes, and an ASCII pattern letter matches no other.
    let lit = /^[a-zA-Z0-9 '-]*/.exec(s)![0];
    // A quantifier after the run makes its last character optional.
    if (/^[?*{]/.test(s.slice(lit.length))) lit = lit.slice(0, -1);
    out.add(lit ? lit.slice(0, n).toLowerCase() : ANY);
  }
  return out;
}
