/**
 * Where the article ends: the comment thread, licence lines and
 * fundraising appeals that trail it on a scraped page.
 *
 * Furniture (licence, share, donation lines) is recognised by its words;
 * a comment thread by a heading, or, when it starts with none, by the
 * register of its paragraphs: each paragraph gets a comment-likeness score
 * and the tail is the suffix whose paragraphs score high together.
 *
 * @example
 *   findTail(text, paras) // => { bodyEnd: 5693, parts: [{ kind: 'comment', start: 5693, end: … }] }
 */
import { JointScan } from '../../core/joint-scan.js';
import type { Segment } from '../../core/record.js';
import type { Paragraph } from './01-paragraphs.js';
import {
  ADDRESS, BOILERPLATE, COMMENT_FURNITURE, COMMENT_HEADING, FIRST_SECOND_PERSON, FUNDRAISING, INFORMAL,
  INLINE_RELATED, MISSING_APOSTROPHE, PROFANITY,
} from './tail-lexicon.js';

export interface Tail {
  /** Offset where the article body ends (text length when nothing trails it). */
  bodyEnd: number;
  /** Comment and boilerplate segments from `bodyEnd` to the end. */
  parts: Segment[];
}

type TailKind = 'boilerplate' | 'comment' | null;

/**
 * Matches of a global pattern in `s`, counting stops at `atMost`: `test` in a
 * loop allocates nothing, where `match` builds an array of strings per paragraph.
 */
function count(re: RegExp, s: string, atMost = Infinity): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < atMost && re.test(s)) n++;
  re.lastIndex = 0;
  return n;
}

/** JavaScript's `\s` beyond ASCII. */
const isWideSpace = (c: number) =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The runs of white space (`\s+`) in `s`: `s.split(/\s+/).length - 1` without the array, and without a regex call per word. */
function whiteSpaceRuns(s: string): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c < 32 ? c >= 9 && c <= 13 : c >= 0xa0 && isWideSpace(c));
    if (space && !inRun) n++;
    inRun = space;
  }
  return n;
}

/**
 * Any fundraising appeal, in one scan of the paragraph instead of one per pattern. It is only tested, so the
 * order of its alternatives does not matter: those that open with a word boundary share one test of it.
 */
const ANY_FUNDRAISING = (() => {
  const sources = FUNDRAISING.map((re) => re.source);
  const bounded = sources.filter((x) => x.startsWith('\\b')).map((x) => `(?:${x.slice(2)})`);
  return new RegExp([...sources.filter((x) => !x.startsWith('\\b')), `\\b(?:${bounded.join('|')})`].join('|'), 'i');
})();

/** Furniture recognised from its words alone. */
function furniture(p: string): TailKind {
  if (p.length < 400 && BOILERPLATE.some((re) => re.test(p))) return 'boilerplate';
  if (ANY_FUNDRAISING.test(p)) return 'boilerplate';
  if (COMMENT_HEADING.test(p) || COMMENT_FURNITURE.some((re) => re.test(p))) return 'comment';
  return null;
}

const GLUED_SENTENCES = /[a-z]{2}[.!?][A-Z][a-z]/g;
const ODD_SPACING = /[.!?,]( ?\u00a0|\u00a0 ?| {2,})\S/g;
const QUESTION_MARK = /\?/g;
const REPORTING = /\b(said|told|according to|reported|announced|quoted)\b/gi;

/** The words of the register, counted in one scan of the paragraph rather than five. */
const REGISTER = new JointScan([PROFANITY, INFORMAL, MISSING_APOSTROPHE, FIRST_SECOND_PERSON, REPORTING]);

/**
 * How much a paragraph reads like a reader's comment rather than article
 * prose, from 0 to 1: glued or doubly-spaced sentences, profanity,
 * informal spelling, direct address and first/second person.
 */
export function commentScore(p: string): number {
  const words = Math.max(1, whiteSpaceRuns(p) + 1);
  const per100 = (n: number) => (100 * n) / words;
  const [profanity, informal, missingApostrophe, person, reporting] = REGISTER.count(p);
  // each share is capped, so a count past two adds nothing: the counts of their own stop there
  let score = 0;
  score += Math.min(0.4, 0.2 * count(GLUED_SENTENCES, p, 2));
  score += Math.min(0.3, 0.15 * count(ODD_SPACING, p, 2));
  score += Math.min(0.5, 0.25 * profanity!);
  score += Math.min(0.3, 0.15 * informal!);
  score += Math.min(0.3, 0.15 * missingApostrophe!);
  score += Math.min(0.3, 0.05 * per100(person!));
  score += ADDRESS.test(p) ? 0.3 : 0;
  score += Math.min(0.2, 0.1 * count(QUESTION_MARK, p, 2));
  score += /["'“‘]\w+["'”’]/.test(p) ? 0.1 : 0; // a scare-quoted single word
  score += /^[a-z]/.test(p) || /(^|[.!?]\s+)i\s/.test(p) ? 0.2 : 0; // careless capitalisation
  // Reporting prose: attributions and datelines pull the other way.
  score -= Math.min(0.4, 0.2 * reporting!);
  return Math.max(0, Math.min(1, score));
}

/** Paragraphs scoring above this read more like comments than like the article. */
const THRESHOLD = 0.3;
/** A thread found by register alone must have at least this many paragraphs… */
const MIN_THREAD = 2;
/** …and this much evidence in total. */
const MIN_EVIDENCE = 0.5;
const GAP_BONUS = 0.3;
/** How much of the text must come before a link list run into the last paragraph for it to end the body. */
const MIN_BODY_SHARE = 0.3;

export function findTail(text: string, paras: Paragraph[], firstBody: number): Tail {
  const n = paras.length;
  // Only paragraphs after the first of the body can belong to the tail: the others are not looked at (nor scored),
  // which spares most of the work on an article of one or two paragraphs.
  const kinds: TailKind[] = paras.map((p, i) => (i > firstBody ? furniture(text.slice(p.start, p.end)) : null));

  // 1. A comment-thread heading: everything after it is the thread.
  let cut = n;
  const heading = paras.findIndex((p, i) => i > firstBody && COMMENT_HEADING.test(text.slice(p.start, p.end)));
  if (heading > 0) cut = heading;
  // 2. Furniture: the run of licence, share and fundraising paragraphs that ends the page.
  while (cut - 1 > firstBody && kinds[cut - 1]) cut--;

  // 3. A comment thread without a heading: the suffix whose paragraphs score highest together.
  //    Threads are often set further apart than the article's paragraphs, so a wider gap helps a start.
  const usualGap = Math.min(...paras.slice(firstBody + 1, cut).map((p) => p.gapBefore));
  let best = 0;
  let bestAt = cut;
  let sum = 0;
  for (let i = cut - 1; i > firstBody; i--) {
    sum += commentScore(text.slice(paras[i]!.start, paras[i]!.end)) - THRESHOLD;
    const value = sum + (paras[i]!.gapBefore > usualGap ? GAP_BONUS : 0);
    if (value > best && cut - i >= MIN_THREAD) { best = value; bestAt = i; }
  }
  const threadStart = best >= MIN_EVIDENCE ? bestAt : cut;

  const parts: Segment[] = [];
  // 4. Links to other stories run into the body's last paragraph: the paragraph ends where they start.
  //    Only in the later part of the text, so a link list under a headline does not swallow the story.
  const lastBody = threadStart - 1 >= firstBody ? paras[threadStart - 1] : undefined;
  const inline = lastBody ? INLINE_RELATED.exec(text.slice(lastBody.start, lastBody.end)) : null;
  const inlineAt = inline ? lastBody!.start + inline.index : -1;
  if (inline && inlineAt > MIN_BODY_SHARE * text.length) parts.push({ kind: 'boilerplate', start: inlineAt, end: lastBody!.end });
  for (let i = threadStart; i < n; i++) {
    const kind = kinds[i] === 'boilerplate' ? 'boilerplate' : 'comment';
    const p = paras[i]!;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.end = p.end;
    else parts.push({ kind, start: p.start, end: p.end });
  }
  const bodyEnd = parts[0]?.start ?? (threadStart < n ? paras[threadStart]!.start : text.length);
  return { bodyEnd, parts };
}
