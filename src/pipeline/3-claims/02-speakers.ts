/**
 * Step 2: who a speaker phrase stands for. The phrase before a speech verb
 * ("Ahmed Abu, the commander of the unit, said") is narrowed to its head
 * (skipping appositions, possessives and hyphenated modifiers such as
 * "US-backed"); a name there is an entity, "I"/"we" the author, "he" or
 * "they" the speaker or entity last named before, and a described speaker
 * ("a source", "military experts") is `unnamed`; one described by role
 * ("a senior aide to the president") is marked `role` for step 6.
 *
 * @example
 *   const speakers = new Speakers(text, entities, seg.quotes, seg.sentences);
 *   speakers.resolve({ start: 0, end: 8 }) // => { source: 'person:ahmed-abu', how: 'entity' }
 */
import { flexibleSpaces } from '../../core/patterns.js';
import type { Entity, Span } from '../../core/record.js';
import { firstStartingFrom, lastStartingAt } from '../../core/spans.js';
import { loadGazetteer } from '../../gazetteer/index.js';
import { isStateId } from '../2-entities/found.js';
import type { EntityFindings, EntityMention } from '../2-entities/index.js';
import { ANONYMOUS_RE, AUTHOR_PRONOUN_RE, pronounWants, UNNAMED_SOURCE_RE } from './source-nouns.js';

export interface Speaker {
  /** An entity id, `author` or `unnamed`. */
  source: string;
  /** How it was found: an `unknown` speaker is a guess that an outer frame may replace. */
  how: 'entity' | 'pronoun' | 'author' | 'nominal' | 'role' | 'unknown';
}

/**
 * A name governed by a preposition after a common noun ("an aide to President X", "carried by Reuters"),
 * unlike one inside a capitalised title ("Secretary of State X").
 */
const GOVERNED = new RegExp(flexibleSpaces(String.raw`(?:^|\b[a-z][\w-]*\s+)(?:of|to|for|at|by|from|with|in|on|against|about|near|under|over|according to)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)*$`));
const MODIFIER = /^(?:['’]s?\b|-[A-Za-z])/;
const OWNER_BEFORE = /\b(?:of|for|to|from|at|with)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)*$/;
/** A pronoun ending the speaker phrase, with the auxiliaries and adverbs that may stand before the verb: "I don't", "she had also". */
const PRONOUN_LAST = /\b(he|she|they|it|i|we)(?:['’](?:ve|d|ll|m|re|s))?(?:\s+(?:do|does|did|don['’]t|doesn['’]t|didn['’]t|not|also|still|just|never|always|would|will|could|can|may|might|must|should|had|have|has|\w+ly))*\s*$/i;
// "the group said", "the Iran-aligned group said", "the statement said" (whoever issued the last one spoke)
const ANAPHOR = /\b(?:the|this)\s+(?:[\w-]+-(?:aligned|backed|linked|allied|based|led|run)\s+)?(outlet|agency|newspaper|paper|channel|broadcaster|network|website|group|militia|organi[sz]ation|ministry|alliance|coalition|monitor|statement|communiqu[eé])(?:\s+(?:then|also|later|again|\w+ly))?\s*$/i;
/** "a senior aide to …", "an official of …": a speaker introduced by role, often named a sentence later. */
const ROLE = /\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:aide|advis[eo]r|spokes\w+|official|minister|commander|envoy|diplomat|officer|negotiator|representative)\b/i;
const LOOK_BACK = 1500;
/** What kind of body the gazetteer says an entity is ("monitor" for a war monitor): "the monitor said" points back to one. */
const kindOf = (id: string) => loadGazetteer().byId.get(id)?.attrs.kind;
const GROUP_NOUN = /^(?:group|militia)$/i;

export class Speakers {
  private readonly mentions: EntityMention[];
  private readonly entities = new Map<string, Entity>();
  /** The speakers of earlier frames, latest last: a pronoun prefers one of them. */
  private readonly recent: { source: string; at: number; person: boolean }[] = [];

  constructor(
    private readonly text: string,
    ents: EntityFindings,
    private readonly quotes: readonly Span[],
    private readonly sentences: readonly Span[] = [],
  ) {
    this.mentions = ents.mentions;
    for (const e of ents.entities) this.entities.set(e.id, e);
  }

  /** Whether an entity is a person. */
  isPerson(id: string): boolean {
    return this.entities.get(id)?.type === 'person';
  }

  /** Whether an entity is an organisation other than a state or an outlet (an armed group, a monitor, an agency). */
  private isGroup(id: string): boolean {
    return this.entities.get(id)?.type === 'actor' && !isStateId(id);
  }

  /** Remembers who spoke, for pronouns further on. */
  spoke(source: string, at: number): void {
    if (source === 'author' || source === 'unnamed') return;
    // Quotations are framed before the clauses around them, so keep the list in text order.
    let i = this.recent.length;
    while (i > 0 && this.recent[i - 1]!.at > at) i--;
    this.recent.splice(i, 0, { source, at, person: this.isPerson(source) });
  }

  /** The mentions that start inside a span, in order (binary search, then a walk). */
  within(span: Span): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = firstStartingFrom(this.mentions, span.start); i < this.mentions.length && this.mentions[i]!.start < span.end; i++) out.push(this.mentions[i]!);
    return out;
  }

  /** Who a speaker phrase stands for; `closing` when it follows the statement ("…, he said"). */
  resolve(phrase: Span, closing = false): Speaker {
    const words = this.text.slice(phrase.start, phrase.end);
    const last = PRONOUN_LAST.exec(words);
    const pronoun = last?.[1];
    const inPhrase = this.within(phrase).filter((m) => m.end <= phrase.end);
    const head = inPhrase.filter((m) => {
      const before = this.text.slice(phrase.start, m.start);
      return !MODIFIER.test(this.text.slice(m.end, m.end + 2)) && !GOVERNED.test(before);
    });
    if (pronoun && AUTHOR_PRONOUN_RE.test(pronoun)) return { source: 'author', how: 'author' };
    if (pronoun) return this.pronoun(pronoun, phrase.start + last!.index, closing);
    // The head of a name phrase comes last: "NATO chief Jens Stoltenberg", "Secretary of State Rex Tillerson".
    // A place speaks only as a state ("Turkey said"), never as where a described speaker is ("an official in Woldia").
    const named = head.filter((m) => m.type !== 'place').pop() ?? (ROLE.test(words) ? undefined : head.filter((m) => m.entityId.startsWith('country:')).pop());
    if (named) return { source: named.entityId, how: 'entity' };
    // "the outlet then reported", "the group said": a definite description points back like "it".
    const anaphor = ANAPHOR.exec(words);
    if (anaphor) {
      // "the coalition" is the coalition named last, before any other group that last spoke
      const noun = new RegExp(`\\b${anaphor[1]!.toLowerCase()}\\b`);
      const earlier = this.within({ start: Math.max(0, phrase.start - LOOK_BACK), end: phrase.start + anaphor.index }).reverse();
      const namesIt = earlier.find((m) => m.type !== 'place' && (noun.test(this.entities.get(m.entityId)?.name.toLowerCase() ?? '') || kindOf(m.entityId) === anaphor[1]!.toLowerCase()));
      if (namesIt) return { source: namesIt.entityId, how: 'pronoun' };
      const found = this.pronoun('it', phrase.start + anaphor.index, closing);
      // "the group said" after an outlet or a state spoke: the group named last, not them
      if (GROUP_NOUN.test(anaphor[1]!) && (found.how === 'unknown' || !this.isGroup(found.source))) {
        const group = earlier.find((m) => this.isGroup(m.entityId));
        if (group) return { source: group.entityId, how: 'pronoun' };
      }
      if (found.how !== 'unknown') return found;
    }
    // "a spokesman for the SDF", "the SDF's commander": the organisation behind a described speaker (a place owns no one).
    const owner = inPhrase.find((m) => m.type !== 'place' && (OWNER_BEFORE.test(this.text.slice(phrase.start, m.start)) || /^['’]s?\b/.test(this.text.slice(m.end, m.end + 2))));
    if (ROLE.test(words)) return { source: owner ? owner.entityId : 'unnamed', how: 'role' };
    // "sources close to the government" are anonymous on purpose: the government does not stand behind them.
    if (ANONYMOUS_RE.test(words)) return { source: 'unnamed', how: 'nominal' };
    if (UNNAMED_SOURCE_RE.test(words)) return owner ? { source: owner.entityId, how: 'entity' } : { source: 'unnamed', how: 'nominal' };
    return { source: 'unnamed', how: 'unknown' };
  }

  /**
   * The entity a pronoun stands for: one of its kind named earlier in the
   * same sentence ("NATO's view, when it announced"), else the last speaker
   * of its kind ("The SDF accused … “…,” it said"), else the nearest one
   * named before. After a statement (`closing`) the names in the statement
   * are what it is about, not who says it, so the sentence is skipped.
   */
  pronoun(word: string, at: number, closing = false): Speaker {
    const wantPerson = pronounWants(word) === 'person';
    const fits = (m: EntityMention) => (wantPerson ? m.type === 'person' : m.type === 'actor' || m.type === 'media');
    const quoted = (m: EntityMention) => this.quotes.some((q) => q.start <= m.start && m.end <= q.end);
    const sentenceStart = this.sentences[lastStartingAt(this.sentences, at)]?.start ?? 0;
    const here = closing ? [] : this.within({ start: sentenceStart, end: at }).filter((m) => fits(m) && !quoted(m) && !MODIFIER.test(this.text.slice(m.end, m.end + 2)));
    if (here.length) return { source: here[here.length - 1]!.entityId, how: 'pronoun' };
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i]!;
      if (r.at >= at) continue;
      if (at - r.at > LOOK_BACK) break;
      if (r.person === wantPerson) return { source: r.source, how: 'pronoun' };
    }
    for (const m of this.within({ start: Math.max(0, at - LOOK_BACK), end: closing ? sentenceStart : at }).reverse()) {
      if (fits(m) && !quoted(m)) return { source: m.entityId, how: 'pronoun' };
    }
    return { source: 'unnamed', how: 'unknown' };
  }
}
