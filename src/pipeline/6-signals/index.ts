/**
 * Stage 6, signals: rhetoric and credibility signals with the words that
 * show them; each carries its `section` so that the comment section's
 * signals are kept apart from the article's.
 *
 * Steps, in order: 01 match the rules → 02 keep author-voice rules in the
 * writer's voice → 03 merge and thin out → 04 place in article, comments
 * or boilerplate. Lexicons: `rhetoric-lexicon.ts`, `framing-lexicon.ts`,
 * `abuse-lexicon.ts`.
 *
 * @example
 *   const signals = findSignals(doc, segmentation, claims);
 *   signals[0] // => { kind: 'conspiracy_framing', start: 120, end: 139, section: 'article' }
 */
import type { Claim, Doc, Signal } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import { matchRules } from './01-match.js';
import { inOwnVoice } from './02-voice.js';
import { merge } from './03-merge.js';
import { placed } from './04-sections.js';
import { ABUSE_RULES } from './abuse-lexicon.js';
import { FRAMING_RULES } from './framing-lexicon.js';
import { RHETORIC_RULES } from './rhetoric-lexicon.js';
import type { SignalRule } from './rule.js';

/** Every rule, compiled once. */
export const SIGNAL_RULES: readonly SignalRule[] = [...ABUSE_RULES, ...FRAMING_RULES, ...RHETORIC_RULES];

export function findSignals(doc: Doc, seg: Segmentation, claims: Claim[], rules: readonly SignalRule[] = SIGNAL_RULES): Signal[] {
  const hits = inOwnVoice(matchRules(doc.text, seg, rules), claims, seg);
  return placed(merge(doc.text, hits, seg.paragraphs), seg);
}
