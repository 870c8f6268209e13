/**
 * Words that weaken or strengthen a statement. Hedges start from the
 * maintained `hedges` list (words/hedges), minus its entries that in news
 * prose mark quantity, frequency or plain future rather than doubt ("about",
 * "often", "will", "would"), plus the hedges of reporting ("reportedly",
 * "set to", "unconfirmed", "could not be independently verified").
 *
 * @example
 *   HEDGE_RE.test('The town appears to have fallen')   // => true
 *   HEDGE_RE.test('At least 20 people were killed')    // => false
 *   BOOSTER_RE.test('It is now clear that they lied')  // => true
 */
import { alternation, flexibleSpaces } from '../../core/patterns.js';
import { hedges } from 'hedges';

/** Entries of `hedges` that are not doubt in reporting. */
const NOT_DOUBT = new Set([
  'a bit', 'about', 'actually', 'always', 'and all that', 'and so forth', 'approximately', 'around', 'at least',
  'basically', 'be sure', 'bunch', 'can', 'certain', 'certainly', 'clear', 'clearly', 'consider', 'considered',
  'considers', 'couple', 'definite', 'definitely', 'diagnostic', 'doubt', 'effectively', 'estimate', 'estimated',
  'estimates', 'et cetera', 'fairly', 'few', 'find', 'finds', 'found', 'frequently', 'generally', 'hopefully',
  'in general', 'indicate', 'largely', 'like', 'little', 'mainly', 'many', 'more or less', 'most', 'mostly', 'much',
  'must', 'necessarily', 'occasionally', 'often', 'overall', 'partially', 'practically', 'pretty', 'quite',
  'quite clearly', 'rare', 'rarely', 'rather', 'read', 'really', 'roughly', 'say', 'says', 'seldom', 'several',
  'should', 'so far', 'some', 'somebody', 'somehow', 'someone', 'something', 'something or other', 'sometimes',
  'somewhat', 'somewhere', 'surely', 'tend', 'understand', 'understands', 'understood', 'usually', 'virtually',
  'will', 'would', 'allege', 'alleged', 'believe', 'believed', 'believes', 'think', 'thinks', 'thought',
  'suggest', 'suggested', 'suggests', 'assume', 'assumes', 'assumption', 'consistent with', 'evidently',
  'improbable', 'inconclusive', 'possibility', 'probability', 'supposed', 'guess', 'guessed', 'guesses', 'assumed',
]);

/** Hedges of reporting that the general list lacks. */
const REPORTING_HEDGES = [
  'reportedly', 'allegedly', 'purportedly', 'seemingly', 'ostensibly', 'unconfirmed', 'unverified', 'unclear',
  'uncertain', 'potentially', 'set to', 'expected to', 'likely to', 'poised to', 'rumou?r(?:s|ed)?',
  'believed to', 'thought to', 'said to', 'is understood to', 'it seems', 'it appears', 'could be', 'could have',
  'i think', 'we think', 'i believe', 'we believe', 'in all likelihood', 'chances are', 'may well',
  // the wire caveat: "could not be independently verified", "Reuters could not immediately confirm"
  "(?:could|can|has|have|had|was|were)(?:n['’]t| not) (?:yet |immediately |independently )?(?:be|been) (?:independently |immediately )?(?:verified|confirmed)",
  "(?:could(?:n['’]t| not)|cannot|can['’]t|(?:was|were) unable to) (?:immediately |independently )?(?:verify|confirm)",
];

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
const words = hedges.filter((w) => !NOT_DOUBT.has(w)).map(escape);

/** Any hedge, as a whole word or phrase; see `NOT_A_HEDGE` for the readings to set aside. */
export const HEDGE_RE = new RegExp(
  // gathered by first letter (`alternation`): the longest-first order still decides between words of one letter
  flexibleSpaces(`\\b${alternation([...words, ...REPORTING_HEDGES].sort((a, b) => b.length - a.length))}\\b`),
  'gi',
);

/**
 * Readings of hedge words that are not doubt, tested on the words before
 * and after a match: "as soon as possible", "made possible", the month of
 * May, "appeared in court", "could not" (ability).
 */
export const NOT_A_HEDGE: { before: RegExp; word: RegExp; after: RegExp }[] = [
  { before: /\b(?:as|made|if|where|whenever|everything|all)\s+(?:\w+\s+)?$/i, word: /^possible$/i, after: /^/ },
  { before: /[a-z,;]\s*$/, word: /^May$/, after: /^/ },
  { before: /^/, word: /^May$/, after: /^\s+\d/ },
  { before: /\b(?:military|economic|naval|air|nuclear|full|its|their|his|her)\s+$/i, word: /^might$/i, after: /^/ },
  { before: /^/, word: /^appear(?:s|ed)?$/i, after: /^\s+(?:\w+\s+)?(?:in|on|at|before|with|from)\b/i },
  { before: /^/, word: /^(?:could|might|may)$/i, after: /^\s+(?:not|never)\b/i },
  { before: /\b(?:will|would|to|what|how)\s+$/i, word: /^looks?\s+like$/i, after: /^/ },
];

/** Boosters: the writer vouches that something is beyond doubt. */
export const BOOSTER_RE = new RegExp(
  // one word boundary before all the phrases rather than one per phrase: a third faster over every clause
  `\\b${alternation(
    [
      "it(?:['’]s| is| was| has become) (?:now |quite |abundantly |perfectly |already )?(?:clear|obvious|evident|certain|undeniable|beyond doubt) that\\b",
      "it(?:['’]s| is) (?:hardly|no) (?:a )?secret\\b",
      "there(?:['’]s| is) no (?:doubt|question|chance|way)\\b",
      '(?:undoubtedly|undeniably|unquestionably|without (?:a|any) doubt|make no mistake|of course|needless to say)\\b',
      '(?:everyone|everybody) knows\\b',
      'the (?:fact|truth|reality) is\\b',
      'as if there (?:has|had|was|were|is) ever\\b',
    ].map(flexibleSpaces),
  )}`,
  'i',
);

/** Conditions: "if true", "unless", "should the talks fail"; not "as if" or "even if" (checked after the word: a leading lookbehind slows the scan). */
export const CONDITIONAL_RE = new RegExp(flexibleSpaces(String.raw`\bif\b(?<!\bas if|\beven if)(?! (?:any|not|only)\b)|\bunless\b|\bprovided that\b|\bin case\b|^\W*should\s+(?:the|they|it|he|she|this|that)\b`), 'i');

/** A denial of what follows. */
export const DENIAL_RE = new RegExp(flexibleSpaces(String.raw`\b(?:den(?:y|ies|ied|ying)(?! (?:\w+ )?(?:access|entry|permission|visas?|the right|bail|medical care|treatment))|refuted?|(?:is|was|are|were) (?:\w+ly )?(?:not true|untrue|false|baseless|fabricated|unfounded|groundless)|there (?:is|was) no (?:evidence|proof|truth))\b`), 'i');
