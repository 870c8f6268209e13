/**
 * The letters a regex source can start with, so a scan can try only the
 * patterns that fit the word in front of it. Understands what the lexicon
 * uses: literals, groups, alternation and optional groups; anything else
 * (a class, `\w`) counts as "any letter".
 *
 * @example
 *   firstLetters('(?:car|truck) bombs?|(?:land ?)?mines') // => Set { 'c', 't', 'l', 'm' }
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

export function firstLetters(src: string): Set<string> {
  const out = new Set<string>();
  for (const alt of alternatives(src)) {
    let s = alt.replace(/^(?:\\b)+/, '');
    if (s.startsWith('(')) {
      const end = groupEnd(s, 0);
      const inner = s.slice(0, end).replace(/^\((?:\?:|\?=|\?!)?/, '').replace(/\)$/, '');
      for (const l of firstLetters(inner)) out.add(l);
      // An optional group may be skipped: what follows can start the match too.
      if (/^[?*]/.test(s.slice(end))) for (const l of firstLetters(s.slice(end + 1))) out.add(l);
      continue;
    }
    s = s.toLowerCase();
    out.add(/^[a-z]/.test(s) ? s[0]! : ANY);
  }
  return out;
}
