/**
 * Whether the first line of a plain text reads like a headline: short,
 * followed by a line break, and not a finished sentence of running prose.
 *
 * @example
 *   headlineOf('Rebels Seize Airbase Near Hama\n\nRebels said…') // => 'Rebels Seize Airbase Near Hama'
 *   headlineOf('The rebels said on Monday that they had taken it.\nMore.') // => null
 */
const MAX_HEADLINE = 200;

export function headlineOf(text: string): string | null {
  const lead = /^\s*/.exec(text)![0].length;
  const nl = text.indexOf('\n', lead);
  if (nl < 0) return null;
  const line = text.slice(lead, nl).trim();
  const words = line.split(/\s+/).filter(Boolean);
  if (line.length === 0 || line.length > MAX_HEADLINE || words.length < 2) return null;
  // Running prose ends with a full stop after a lower-case word; headlines rarely do.
  if (/[a-z0-9)\]"'”’]\.$/.test(line) && words.length > 12) return null;
  const capitalised = words.filter((w) => /^[A-Z0-9"'“‘(]/.test(w)).length;
  // Title Case or a short line followed by a paragraph break both read as headlines.
  const blankAfter = /^\n[ \t]*\n/.test(text.slice(nl));
  if (!blankAfter && capitalised / words.length < 0.5) return null;
  return line;
}
