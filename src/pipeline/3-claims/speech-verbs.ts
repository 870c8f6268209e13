/**
 * The verbs that put a statement in someone's mouth, by what they say
 * about it: plain speech ("said"), a publication's report ("reported",
 * "noted"), a contestable assertion ("claimed", "argued"), a denial.
 *
 * @example
 *   SPEECH_VERBS.get('noted') // => 'report'
 *   SPEECH_VERB_RE.exec('Officials told reporters') // matches "told"
 */

/** How a verb frames what follows: its attribution and what it does to certainty. */
export type VerbClass = 'speech' | 'report' | 'contested' | 'denial';

const BY_CLASS: Record<VerbClass, string[]> = {
  speech: [
    'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'state', 'states', 'stated',
    'add', 'adds', 'added', 'announce', 'announces', 'announced', 'declare', 'declares', 'declared',
    'explain', 'explains', 'explained', 'confirm', 'confirms', 'confirmed', 'insist', 'insists', 'insisted',
    'stress', 'stresses', 'stressed', 'warn', 'warns', 'warned', 'acknowledge', 'acknowledges', 'acknowledged',
    'admit', 'admits', 'admitted', 'assert', 'asserts', 'asserted', 'maintain', 'maintains', 'maintained',
    'reiterate', 'reiterated', 'emphasised', 'emphasized', 'tweeted', 'accuse', 'accuses', 'accused',
    'announcing', 'declaring', 'warning', 'accusing', 'vowed', 'promised', 'threatened', 'disclosed',
    'ask', 'asks', 'asked',
  ],
  report: [
    'report', 'reports', 'reported', 'reporting', 'note', 'notes', 'noted', 'write', 'writes', 'wrote',
    'reveal', 'reveals', 'revealed', 'cite', 'cites', 'cited',
  ],
  contested: [
    'claim', 'claims', 'claimed', 'claiming', 'argue', 'argues', 'argued', 'arguing', 'allege', 'alleges',
    'alleged', 'alleging', 'believe', 'believes', 'believed', 'suggest', 'suggests', 'suggested',
    'speculate', 'speculates', 'speculated', 'suspect', 'suspects', 'suspected', 'contend', 'contends',
    'contended', 'think', 'thinks', 'predicted', 'predicts', 'estimated', 'estimates',
  ],
  denial: ['deny', 'denies', 'denied', 'denying', 'dismissed', 'rejected', 'refuted', 'disputed'],
};

/** Each verb form and its class. */
export const SPEECH_VERBS: ReadonlyMap<string, VerbClass> = new Map(
  (Object.entries(BY_CLASS) as [VerbClass, string[]][]).flatMap(([cls, words]) => words.map((w) => [w, cls] as const)),
);

/**
 * Forms that are as often nouns ("a report", "the claims") or other verbs
 * ("states", "notes"): they frame a statement only right after a speaker.
 */
export const NOUN_LIKE = new Set([
  'report', 'reports', 'claim', 'claims', 'note', 'notes', 'state', 'states', 'estimates', 'cite', 'add',
  'alleged', 'suspected', 'believed', 'estimated', 'write', 'say', 'tell', 'warning', 'warn',
]);

/**
 * Verbs whose next noun phrase is what they act on, never their speaker
 * put after them: "…, accused Turkey of lying" accuses Turkey, where
 * "…, said Ahmed" is Ahmed speaking.
 */
export const TAKES_OBJECT = new Set([
  'accuse', 'accuses', 'accused', 'accusing', 'tell', 'tells', 'told', 'telling', 'threatened', 'promised',
  'cite', 'cites', 'cited', 'dismissed', 'rejected', 'refuted', 'disputed', 'suspect', 'suspects', 'suspected',
  'believe', 'believes', 'believed', 'think', 'thinks',
]);

/** Every form, longest first so that "reported" wins over "report"; not inside a compound ("think-tank"). */
export const SPEECH_VERB_RE = new RegExp(
  `\\b(?:${[...SPEECH_VERBS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b(?![-'’]\\w)`,
  'gi',
);
