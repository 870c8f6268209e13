/**
 * Step 3: the speech frames of a clause, the words that hand a statement
 * to someone: "X said (that) …", "…, X told Reuters", "…, said X",
 * "according to X", "X quoted a source as saying …". A frame before the
 * statement names its speaker in the phrase before the verb; a frame after
 * it, in the few words around the verb.
 *
 * @example
 *   verbFrames(text, clause, [], speakers)
 *   // "Reuters reported that the town fell." => [{ attribution: 'according_to', speaker: Reuters, … }]
 */
import { flexibleSpaces } from '../../core/patterns.js';
import { countWords } from '../../core/words.js';
import type { Attribution, Span } from '../../core/record.js';
import type { Speaker, Speakers } from './02-speakers.js';
import { subjectChunk } from './subject-chunk.js';
import { PUBLICATION_RE } from './source-nouns.js';
import { NOUN_LIKE, SPEECH_VERB_RE, SPEECH_VERBS, TAKES_OBJECT, type VerbClass } from './speech-verbs.js';

export interface Frame {
  attribution: Attribution;
  speaker: Speaker;
  /** What the verb does to certainty: `contested` hedges, `denial` denies. */
  verb: VerbClass | 'according_to' | 'impersonal';
  /** The words that show the frame. */
  cue: Span;
  /** Before the statement (`pre`) or after it (`post`). */
  place: 'pre' | 'post';
}

const ATTRIBUTION: Record<VerbClass, Attribution> = {
  speech: 'reported_speech', report: 'according_to', contested: 'reported_speech', denial: 'reported_speech',
};
const TAIL_BOUNDARY = /(?:[,:“”"‘’—–]|\s-)\s*((?:[A-Za-z0-9\u00C0-\u024F.'’-]+\s+){0,6})$/;
/** A speaker set off by commas right before a closing verb: one stretch between commas, then two. */
const APPOSITION_BEFORE = [/[,“”"]\s*([^,;:“”"]{2,80}?)\s*,\s*$/, /[,“”"]\s*([^,;:“”"]{2,80}?,\s*[^,;:“”"]{2,80}?)\s*,\s*$/];
const NOT_A_FRAME_AFTER = /^\s+(?:to|for|by|in order|up|out|off|into)\b/i;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+(?:\w+\s+)?$/i;
/** "its declared goal", "the reported deal": an adjective, not a verb. */
const DETERMINER_BEFORE = /\b(?:its|his|her|their|our|my|your|the|a|an|this|that|these|those)\s+$/i;
/** "what he said", "which they claimed": the verb inside a relative clause; a comma closes the clause ("X, which holds Y, said"). */
const RELATIVE_BEFORE = /\b(?:what|which|whom)\s+(?:[^\s,]+\s+){0,3}$|\bto\s+$/i;
const SPEAKER_WORD_BEFORE = /(?:\b(?:he|she|they|it|we|i|who)|[A-Z][A-Za-z\u00C0-\u024F.'’-]*|\b(?:sources?|officials?|experts?|analysts?|media|reports?|spokes\w+))\s+(?:\w+ly\s+)?(?:is\s+|are\s+|has\s+|have\s+)?$/;
/** A finite verb: what follows the speech verb is a statement, not the speaker's name. */
const AUXILIARY = /\b(?:is|are|was|were|be|been|had|has|have|will|would|could|can|did|does|do|may|might|must|should)\b/;
const FINITE = new RegExp(`${AUXILIARY.source}|\\b[a-z]+ed\\b`);
/** How far before a verb its speaker and markers are looked for, in characters. */
const NEAR = 160;
const ACCORDING = new RegExp(flexibleSpaces(String.raw`\baccording to\s+`), 'gi');
const QUOTED_AS = /\bquoted\s+(.+?)\s+as\s+$/i;
const STOP = /[,.;:”"()]|\s(?:that|who|which)\s/;

/** Whether text[start, end) has more than `n` words: the count stops at n + 1, so a long clause costs no more than a short one. */
const moreWordsThan = (n: number, text: string, start = 0, end = text.length) => countWords(text, start, end, n + 1) > n;

/** "according to X": the phrase after, up to the first comma or clause word. */
function accordingFrames(text: string, clause: Span, speakers: Speakers): Frame[] {
  const out: Frame[] = [];
  const body = text.slice(clause.start, clause.end);
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(body); m; m = ACCORDING.exec(body)) {
    const from = clause.start + m.index + m[0].length;
    const rest = text.slice(from, clause.end);
    // Scraped text may lack the comma that ends the phrase: a finite verb or the eighth word ends it too.
    const stop = STOP.exec(rest);
    const verb = AUXILIARY.exec(rest);
    const eighth = /^(?:\S+\s+){8}/.exec(rest);
    const phrase = { start: from, end: from + Math.min(stop ? stop.index : rest.length, verb ? verb.index : rest.length, eighth ? eighth[0].length : rest.length) };
    // "…, according to Reuters." closes the statement rather than opening it.
    const place = !moreWordsThan(3, text, phrase.end, clause.end) && moreWordsThan(4, text, clause.start, clause.start + m.index) ? 'post' : 'pre';
    out.push({ attribution: 'according_to', speaker: speakers.resolve(phrase), verb: 'according_to', cue: { start: clause.start + m.index, end: phrase.end }, place });
  }
  return out;
}

/** One speech verb: a frame before or after its statement, or null when the word frames nothing. */
function verbFrame(text: string, clause: Span, verb: Span, cls: VerbClass, speakers: Speakers): Frame | null {
  const word = text.slice(verb.start, verb.end).toLowerCase();
  const before = text.slice(clause.start, verb.start);
  // The tests anchored at the verb only need the words just before it (and a long clause stays cheap).
  const near = before.length > NEAR ? before.slice(-NEAR) : before;
  const after = text.slice(verb.end, clause.end);
  if (NOT_A_FRAME_AFTER.test(after) && cls !== 'contested') return null;
  // "claimed responsibility for the blast", "claimed the attack": a deed, not a statement handed to someone
  if (/^\s+(?:\w+\s+)?(?:responsibility|credit)\b/i.test(after)) return null;
  if (/^claim/i.test(word) && /^\s+(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:attack|bombing|blast|strike|killing|assassination|operation|explosion|ambush)s?\b/i.test(after)) return null;
  // "told them to leave", "warned the army to stay away": an order, not a report of speech.
  if (/^(?:tell|tells|told|warn|warns|warned)$/.test(word) && /^\s+(?:\S+\s+){1,3}to\s+[a-z]/.test(after)) return null;
  if ((PASSIVE_BEFORE.test(near) && !/ing$/.test(word)) || RELATIVE_BEFORE.test(near) || DETERMINER_BEFORE.test(near)) return null;
  // "If A, as they claim, why B?": an aside that vouches for A alone, not for the sentence.
  if (/[,(—–]\s*as\s+(?:\S+\s+){1,4}$/i.test(near) && /^\s*[,)—–]/.test(after)) return null;
  if (NOUN_LIKE.has(word) && !SPEAKER_WORD_BEFORE.test(near)) return null;
  // A capital inside a sentence makes a name of it: "Islamic State", "Drudge Report".
  if (/^[A-Z][a-z]/.test(text.slice(verb.start, verb.end)) && /\w/.test(before)) return null;
  const attribution = ATTRIBUTION[cls];
  const cue = { start: verb.start, end: verb.end };
  const tail = TAIL_BOUNDARY.exec(near);
  if (tail && !/\bthat\b/i.test(after) && !moreWordsThan(12, after) && moreWordsThan(3, before)) {
    // "…, he said." or "…, said Ahmed Abu, a commander." — but not "X, a commander, said the road was quiet."
    const inverted = /^[^,.;:]*/.exec(after)![0];
    if (tail[1]!.trim()) {
      return { attribution, speaker: speakers.resolve({ start: verb.start - tail[1]!.length, end: verb.start }, true), verb: cls, cue, place: 'post' };
    }
    // "…, the regional governor, Oleh Petrenko, said (on Sunday)": the speaker stands between the last two commas, or the
    // two before them; not "Omar Said, the commander of the council, said the road was open", where the statement follows.
    // A person named there speaks, not the body a role noun names ("Wael Omar, a spokesman for the Front, told …").
    const spans = (moreWordsThan(4, after) ? [] : APPOSITION_BEFORE).map((re) => re.exec(near)).filter((m) => m !== null).map((m) => {
      const start = verb.start - near.length + m.index + m[0].indexOf(m[1]!);
      return { start, end: start + m[1]!.length };
    }).filter((span) => {
      // the statement comes first: a quotation, or a clause of some length ("Tomas Berg, the spokesman, said …" has none)
      const statement = text.slice(clause.start, span.start);
      return /["”]\s*[,]?\s*$/.test(statement) || moreWordsThan(4, statement);
    });
    const person = spans.length ? speakers.within(spans[spans.length - 1]!).filter((m) => m.type === 'person').pop() : undefined;
    if (person) return { attribution, speaker: { source: person.entityId, how: 'entity' }, verb: cls, cue, place: 'post' };
    for (const span of spans) {
      const speaker = speakers.resolve(span, true);
      if (speaker.how !== 'unknown') return { attribution, speaker, verb: cls, cue, place: 'post' };
    }
    if (!moreWordsThan(6, inverted) && !FINITE.test(inverted) && !TAKES_OBJECT.has(word)) {
      return { attribution, speaker: speakers.resolve({ start: verb.end, end: verb.end + inverted.length }, true), verb: cls, cue, place: 'post' };
    }
  }
  // Scraped text without commas: "… since the uprising began he added." — a speaker right before a closing verb.
  if (!moreWordsThan(4, after) && moreWordsThan(5, before) && !/\bthat\b/i.test(after) && !FINITE.test(after)) {
    const pronoun = /\b(?:he|she|they|it|we)\s+$/i.exec(near);
    const named = speakers.within({ start: Math.max(clause.start, verb.start - 80), end: verb.start }).filter((m) => /^\s+$/.test(text.slice(m.end, verb.start)));
    const subject = pronoun ? { start: verb.start - pronoun[0].length, end: verb.start } : named.length ? named[named.length - 1]! : null;
    if (subject) return { attribution, speaker: speakers.resolve(subject, true), verb: cls, cue, place: 'post' };
  }
  if (!/\w/.test(before)) return null;
  const quoted = QUOTED_AS.exec(near);
  if (quoted) {
    // "X quoted a source as saying": the innermost speaker, else the outlet.
    const start = verb.start - quoted[0].length + quoted[0].indexOf(quoted[1]!, 6);
    const inner = speakers.resolve({ start, end: start + quoted[1]!.length });
    if (inner.how !== 'unknown') return { attribution, speaker: inner, verb: cls, cue, place: 'pre' };
  }
  const subject = subjectChunk(text, clause.start, verb.start);
  const speaker = speakers.resolve(subject);
  // "Reports suggest …", "state media said …": a publication's word, not a person's speech.
  const published = speaker.how === 'nominal' && PUBLICATION_RE.test(text.slice(subject.start, subject.end));
  return { attribution: published ? 'according_to' : attribution, speaker, verb: cls, cue, place: 'pre' };
}

/** Every frame of a clause, in text order; verbs inside `skip` (quotations) are not looked at. */
export function verbFrames(text: string, clause: Span, skip: readonly Span[], speakers: Speakers): Frame[] {
  const out = accordingFrames(text, clause, speakers);
  const body = text.slice(clause.start, clause.end);
  SPEECH_VERB_RE.lastIndex = 0;
  for (let m = SPEECH_VERB_RE.exec(body); m; m = SPEECH_VERB_RE.exec(body)) {
    const verb = { start: clause.start + m.index, end: clause.start + m.index + m[0].length };
    if (skip.some((q) => q.start <= verb.start && verb.end <= q.end)) continue;
    const frame = verbFrame(text, clause, verb, SPEECH_VERBS.get(m[0].toLowerCase())!, speakers);
    if (frame) out.push(frame);
  }
  return out.sort((a, b) => a.cue.start - b.cue.start);
}
