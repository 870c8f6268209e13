/**
 * Words that frame events as plotted, doubtful or beyond doubt:
 * conspiracy framing ("not a coincidence", "false flag", "staged by"),
 * doubt cast on what others say ("so-called", "this alleged victory",
 * "Right… terrorism."), and certainty the writer claims without citing
 * anyone ("It is now clear that").
 *
 * @example
 *   FRAMING_RULES[0].re.test('That was no coincidence.') // => true
 */
import { rule, type SignalRule } from './rule.js';

const A = "['’]";

// An alternative that opens with a lookbehind slows the scan of the whole rule several times over,
// so a check on what precedes the words comes after them: "coincidence\?(?<=…)".
export const FRAMING_RULES: SignalRule[] = [
  rule('conspiracy_framing', [
    '(?:not|no|hardly|never) (?:a |by )?coincidence', 'coincidence\\?(?<=(?:^|[.!?]\\s+)(?:just\\s+)?(?:a\\s+)?coincidence\\?)', '(?:can|could|is|was) (?:that|this|it) (?:be |really )?(?:a |just )?coincidence',
    'false[- ]flags?', 'staged (?:by|attacks?|events?|incidents?|provocations?)', '(?:was|were|is|been) staged',
    'pre-?ordained', 'pre-?planned', 'pre-?written script', 'playbook', 'hidden agenda', '(?:all |just )?(?:part|progression|continuation|steps?) of (?:the|a|their) (?:pre-?|carefully )?(?:planned|deliberate) (?:action|plan|strategy|agenda)', '(?:all |just )?part of (?:the|a|their) plan',
    'orchestrated', 'choreographed', 'puppet[- ]?masters?', 'deep state', 'new world order', 'globalists?', 'shadow government',
    'controlled opposition', 'crisis actors?', 'inside job', `they don${A}?t want you to know`, `(?:won${A}?t|will never|would never|don${A}?t want to) tell you`,
    '(?:the|their) (?:real|true) (?:agenda|motives?|purpose|source|aims?|goals?)', 'cabal', 'behind the scenes', 'pulling the strings',
    'hidden hand', 'engineered (?:by|to)', 'cover-?ups?', '(?:were|was) allowed to (?:escape|flee|slip away|leave)',
  ], 'author'),
  rule('doubt', [
    // "so-called Islamic State" is a newsroom convention (BBC style), not doubt.
    'so[- ]called(?! (?:islamic state|isis|isil|is|daesh|caliphate)\\b)', '(?:this|that|their|his|her|its) alleged (?!\\d)\\w+', `it${A}?s (?:curious|strange|odd|funny|suspicious|interesting) (?:that|how)`,
    'it is (?:curious|strange|odd|suspicious) (?:that|how)', 'conveniently', 'suspiciously',
    '(?:right|sure|yeah,? right)(?:\\.{3}|…)(?<=(?:^|[.!?]\\s)(?:right|sure|yeah,?\\s+right)(?:\\.{3}|…))', 'straw ?man', 'pretext', 'smokescreen', 'fig leaf', 'cover story',
    'fake news', 'supposed(?! to)', 'dubious(?:ly)?', 'hoax(?:es)?', 'fabricat(?:ed|ions?)',
  ], 'author'),
  rule('unsupported_certainty', [
    `it(?:${A}s| is| was| has become) (?:now |quite |abundantly |perfectly |already )?(?:clear|obvious|evident|undeniable)(?: to (?:anyone|everyone|all|any)(?: [\\w-]+){0,3})? that`,
    `it(?:${A}s| is) (?:hardly|no) (?:a )?secret`, `there(?:${A}s| is| can be) (?:no|little) (?:doubt|question) (?:that|about)`,
    'undoubtedly', 'unquestionably', 'undeniably', 'make no mistake', '(?:everyone|everybody) knows', 'as if there (?:has|had|was|were|is) ever',
    'the (?:simple )?(?:fact|truth) (?:is|of the matter is)', 'it is a (?:known )?fact that', 'no one can deny', 'there is no denying',
  ], 'author'),
];
