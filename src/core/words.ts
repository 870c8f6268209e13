/**
 * Counting words without building arrays: a word is a run of letters or
 * digits (any script); apostrophes and hyphens inside a word, and the
 * separators inside a number ("6.000"), do not split it. Counting runs over large texts in the profile and per clause in the
 * claim stage, so it scans characters instead of matching a regex.
 *
 * @example
 *   countWords("The U.S.-backed forces didn't move.")        // => 5
 *   countWords('one two three', 4)                           // => 2
 */

/** A letter or digit: ASCII, Latin-1 and Latin Extended, or any character beyond (other scripts). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f));
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Marks that join two parts of one word: "didn't", "well-known", "6.000", "1,200". */
function joins(c: number, before: number, after: number): boolean {
  if (c === 39 || c === 0x2019 || c === 45) return isWordChar(after);
  return (c === 46 || c === 44) && isDigit(before) && isDigit(after);
}

/** Words in `text[start, end)`; with `atLeast`, stops counting once that many are found. */
export function countWords(text: string, start = 0, end = text.length, atLeast = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      if (!inWord && ++n >= atLeast) return n;
      inWord = true;
    } else if (!(inWord && i + 1 < end && joins(c, text.charCodeAt(i - 1), text.charCodeAt(i + 1)))) {
      inWord = false;
    }
  }
  return n;
}
