/**
 * Every match of a global pattern in a string, as `String.matchAll` gives
 * them, but run on the pattern itself rather than on a copy. matchAll
 * copies its pattern each call, and copying one of the big count patterns
 * costs more than running it over a sentence.
 *
 * Not re-entrant for one pattern: the matches are all taken before any is
 * handed out, and the pattern is left ready for the next call.
 *
 * @example
 *   matchesOf(/\d+/g, 'killed 4, wounded 9').map((m) => m[0]) // => ['4', '9']
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  // As matchAll: a pattern without the g flag would find its first match forever.
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    // An empty match would be found again at the same place: step over it, as matchAll does.
    if (!m[0]) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
