/**
 * Words of abuse and incitement: hate speech (slurs, dehumanising labels,
 * antisemitic tropes of hidden Jewish power), calls to violence (an
 * exhortation and a violent act in one stretch), and fundraising appeals.
 * Slurs are spelled here so that they can be found; they appear nowhere else.
 *
 * @example
 *   ABUSE_RULES.find((r) => r.kind === 'call_to_violence')!.re.test('we should bomb them all') // => true
 */
import { rule, type SignalRule } from './rule.js';

const A = "['’]";
const URGE = `(?:should|must|needs? to|ought to|ha(?:ve|s) to|let${A}?s|let us|it${A}?s time to|(?:it )?would be (?:highly |very )?(?:advisable|wise|necessary)(?: for [\\w ]{1,40}?)? to|go and)`;
const HARM = '(?:kill|bomb|nuke|drone|annihilate|exterminate|wipe out|eradicate|slaughter|execute|hang|shoot|murder|butcher|eliminate|crush|burn|(?:quadruple|double|triple|intensify|step up|escalate) the bombing|wipe (?:\\S+ ){0,3}off the (?:map|face of the earth))';
/** The same acts wished on someone in the passive: "they should all be wiped out". */
const HARMED = 'be (?:\\w+ )?(?:killed|bombed|nuked|annihilated|exterminated|wiped out|eradicated|slaughtered|executed|hanged|hung|shot|murdered|butchered|eliminated|crushed|burned|burnt)';

export const ABUSE_RULES: SignalRule[] = [
  rule('hate_speech', [
    'retard(?:ed|s)?(?![ -]bombs?)', 'fag(?:got)?s?', 'kikes?', 'ragheads?', 'towelheads?', 'sand ?n[i1]gg\\w*', 'n[i1]gg(?:er|a)s?', 'camel jockeys?',
    'gooks?', 'chinks', 'spics?', 'wetbacks?', 'sub-?humans?', 'untermenschen?',
    'roth(?:s)?childs?(?!\\s*(?:&|and)\\s*(?:sons|co)\\b|\\s+(?:bank|group|holding))', 'rockefellers', 'soros', 'zionist (?:controlled|occupied|lobby|media|bankers|entity|cabal)', 'zog',
    'khazar(?:s|ian)?', '(?:international|jewish) bankers', 'jewish (?:lobby|control|media)',
  ], 'author'),
  rule('hate_speech', ['mossad'], 'author'),
  rule('call_to_violence', [
    `${URGE}(?!\\s+(?:not|never|stop|avoid|refrain|cease|end|prevent|condemn))(?:\\s+[^\\s!?;]+){0,30}?\\s+${HARM}`,
    `${URGE}(?!\\s+(?:not|never)\\b)(?:\\s+(?:all|each|every|simply|just|finally))?\\s+${HARMED}`,
    '(?:off|from) the face of the earth', '(?:kill|nuke|hang|shoot) (?:them|\'?em) all',
  ], 'author'),
  rule('fundraising', [
    'favou?r to ask', '(?:please )?donat(?:e|ions?)', 'support (?:us|our (?:work|journalism|reporting|mission)|independent (?:media|journalism))',
    '(?:for )?as little as \\$\\s?\\d+', 'chip in', 'become a (?:patron|member|supporter|sustainer)', 'patreon', 'paypal',
    'make a (?:one-time |monthly )?(?:contribution|donation|gift)', `your (?:support|contribution|donation) (?:helps|matters|makes)`,
  ]),
];
