/**
 * The trigger rules indexed by how their matches begin. Each rule's
 * pattern can only start with a few literal beginnings ("str", "rea",
 * "sig"… for "struck a deal"), so at a word the scan needs only the rules
 * whose beginnings fit the word's first letters: for most words there are
 * none, and no pattern is run at all.
 *
 * A matcher holds its rules in lexicon order, so where several fit, the
 * one listed first still wins, as in one alternation of every rule.
 *
 * @example
 *   const m = matcherAt('Jets struck a deal', 5);   // the rules that can start at "str"
 *   m.re.lastIndex = 5; m.re.exec(text)            // => the AGREE rule's match
 */
import { TRIGGER_RULES } from './lexicon.js';
import { ANY, literalStarts } from './literal-starts.js';

/** A sticky regex of some rules, and which rule each of its groups is. */
export interface TriggerMatcher { re: RegExp; rules: number[] }

/** How many letters of a word pick its rules. */
const KEY = 3;

const STARTS = TRIGGER_RULES.map((r) => literalStarts(r.pattern, KEY));

function matcherOf(rules: number[]): TriggerMatcher | null {
  if (!rules.length) return null;
  return { re: new RegExp(rules.map((i) => `(${TRIGGER_RULES[i]!.pattern})\\b`).join('|'), 'iy'), rules };
}

/**
 * A character as the patterns see it, 7 bits: ASCII letters folded to
 * lower case, 0 for anything outside ASCII (a case-insensitive ASCII
 * pattern letter matches none of those) and past the end.
 */
function code(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return c + 32;
  return c < 128 ? c : 0;
}

/** Up to KEY characters packed into one small integer; a shorter start packs to a different one. */
const pack = (s: string) => [...s].reduceRight((k, _, i) => (k << 7) | code(s, i), 0);

/** The rules a match beginning with `key` may come from: those with a start that `key` begins with. */
const rulesFor = (key: string) => TRIGGER_RULES.map((_, i) => i).filter((i) => [...STARTS[i]!].some((s) => s === ANY || key.startsWith(s)));

// One matcher per distinct set of rules, under every start (of up to KEY letters) any rule has.
const BY_START = (() => {
  const bySet = new Map<string, TriggerMatcher | null>();
  const out = new Map<number, TriggerMatcher | null>();
  for (const key of new Set(STARTS.flatMap((s) => [...s]).filter((s) => s !== ANY))) {
    const rules = rulesFor(key);
    if (!bySet.has(rules.join())) bySet.set(rules.join(), matcherOf(rules));
    out.set(pack(key), bySet.get(rules.join())!);
  }
  return out;
})();
const ANYWHERE = matcherOf(rulesFor(''));

/** The matcher for a word at `at`, or null where no rule can start. */
export function matcherAt(text: string, at: number): TriggerMatcher | null {
  // The longest start that fits holds every rule a shorter one would: look it up first.
  const c0 = code(text, at);
  const c1 = c0 ? code(text, at + 1) : 0;
  const c2 = c1 ? code(text, at + 2) : 0;
  if (c2) {
    const m = BY_START.get(c0 | (c1 << 7) | (c2 << 14));
    if (m !== undefined) return m;
  }
  if (c1) {
    const m = BY_START.get(c0 | (c1 << 7));
    if (m !== undefined) return m;
  }
  return BY_START.get(c0) ?? ANYWHERE;
}
