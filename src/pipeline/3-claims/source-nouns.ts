/**
 * Words for speakers the text does not name ("a source", "military
 * experts", "rumours") and the pronouns that point back to a named one.
 *
 * @example
 *   UNNAMED_SOURCE_RE.test('a senior military source') // => true
 *   PRONOUN_RE.exec('he told reporters')?.[0]           // => 'he'
 */
import { flexibleSpaces } from '../../core/patterns.js';

const UNNAMED_NOUNS = [
  'sources?', 'officials?', 'spokes(?:man|woman|men|women|person|people)', 'experts?', 'analysts?',
  'observers?', '(?:eye)?witness(?:es)?', 'residents?', 'activists?', 'reports?', 'media', 'rumou?rs?',
  'people', 'someone', 'somebody', 'insiders?', 'diplomats?', 'commanders?', 'aides?', 'advis[eo]rs?',
  'correspondents?', 'journalists?', 'reporters?', 'monitors?', 'critics?', 'locals?', 'officers?',
  'authorities', 'government', 'ministry', 'military', 'statement', 'press', 'outlets?', 'agency',
  'fighters?', 'militants?', 'soldiers?', 'doctors?', 'medics?', 'rescuers?', 'villagers?', 'they say',
  // a state's or group's institutions: "Ukraine's air force said" is Ukraine speaking
  'air ?force', 'army', 'navy', 'forces', 'police', 'presidency', 'office', 'command', 'cabinet', 'embassy',
  'intelligence', 'security services',
];

/** A speaker described but not named. */
export const UNNAMED_SOURCE_RE = new RegExp(flexibleSpaces(`\\b(?:${UNNAMED_NOUNS.join('|')})\\b`), 'i');

/** Speakers kept anonymous on purpose, whoever they are close to. */
export const ANONYMOUS_RE = /\b(?:sources?|insiders?|someone|somebody|people familiar)\b/i;

/** Publications rather than people: what they say is reported (`according_to`), not speech. */
export const PUBLICATION_RE = /\b(?:reports?|media|press|news|statements?|rumou?rs?|study|survey|documents?|footage)\b/i;

/** Pronouns that stand for the writer. */
export const AUTHOR_PRONOUN_RE = /^(?:i|we|this (?:writer|author|reporter))$/i;

/** Personal pronouns that stand for a speaker named earlier. */
export const PRONOUN_RE = /\b(?:he|she|they|it)\b/i;

/** Which kind of entity a pronoun can stand for. */
export function pronounWants(word: string): 'person' | 'group' {
  return /^(?:he|she)$/i.test(word) ? 'person' : 'group';
}
