/**
 * Step 2, arguments: who acts, on whom, and where, from the entities named
 * around the trigger. Active verbs take their subject as actor and their
 * object as target; passives ("were hit by X", "came under attack from X")
 * swap them; nouns take a modifier ("navy air strikes"), a "by" phrase
 * or a "that X launched" clause as actor and an "on"/"against" phrase as
 * target. Coordinated names ("navy jets and militia fighters") are all
 * kept, the first in front; two verbs joined by "and" share a subject;
 * "we" in a quotation, or "its forces" after a speech verb, is the speaker (the claim's source).
 *
 * @example
 *   // "Rebels shelled the army base near Hama." → actor rebels, target the base, place Hama
 *   const withArgs = assignArguments(text, drafts, mentionIndex, entitiesById, claims);
 */
import type { Claim, Entity, EntityType, Span } from '../../core/record.js';
import type { EntityMention } from '../2-entities/index.js';
import { spanAt } from '../../core/spans.js';
import { claimAt } from '../3-claims/index.js';
import * as cue from './argument-cues.js';
import type { Draft } from './draft.js';
import { AGENT_TYPES, PLACE_TYPES, type MentionIndex } from './mentions.js';

interface Clause { left: number; right: number }

/** How far before its paragraph "this region" may look for the place it means. */
const PLACE_REACH = 1500;

/** Who may act or be acted on: agents, and the facilities a strike hits. */
const PARTIES: readonly EntityType[] = [...AGENT_TYPES, 'facility'];

/** Just after each ";" or ":" of a sentence, in text order. */
function clauseBreaks(text: string, sentence: Span): number[] {
  const out: number[] = [];
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 58) out.push(i + 1);
  }
  return out;
}

/** The span a trigger's own clause covers on each side, cut at the first clause break. */
function clause(text: string, d: Draft, breaks: readonly number[]): Clause {
  let left = d.sentence.start;
  for (const b of breaks) if (b <= d.start) left = b;
  const cut = cue.CLAUSE_END.exec(text.slice(d.end, d.sentence.end));
  return { left, right: cut ? d.end + cut.index : d.sentence.end };
}

/** The names coordinated with the first one ("X and Y", "X, Y and Z"). */
function coordinated(text: string, first: EntityMention, rest: EntityMention[]): string[] {
  const ids = [first.entityId];
  let last = first;
  for (const m of rest.filter((x) => x.start >= first.end)) {
    if (!/^(?:\s*,\s*|\s+and\s+|\s+as well as\s+)(?:the\s+)?(?:[\w-]+\s+){0,1}$/i.test(text.slice(last.end, m.start))) break;
    if (!ids.includes(m.entityId)) ids.push(m.entityId);
    last = m;
  }
  return ids;
}

/** "Egypt and Qatar condemned": the subject found next to the verb is the last of a pair; the pair starts before it. */
function firstOfPair(text: string, last: EntityMention, pool: readonly EntityMention[]): EntityMention {
  let first = last;
  for (let i = pool.indexOf(last) - 1; i >= 0; i--) {
    const m = pool[i]!;
    if (m.end > first.start || !/^\s*,?\s*and\s+(?:the\s+)?$/i.test(text.slice(m.end, first.start))) break;
    first = m;
  }
  return first;
}

/** The place named after the trigger (a town before a region), else the last one before it in the paragraph. */
function pickPlace(text: string, d: Draft, index: MentionIndex, byId: Map<string, Entity>, c: Clause, paraStart: number): { place: string | null; borrowed: boolean } {
  const specific = (m: EntityMention) => m.type === 'facility' || !!byId.get(m.entityId)?.admin1;
  const after = index.within(d.end, d.sentence.end, PLACE_TYPES)
    .filter((m) => cue.PLACE_PREP.test(text.slice(Math.max(d.end, m.start - 50), m.start)) || m.start - d.end < 6);
  const before = index.within(c.left, d.start, PLACE_TYPES).reverse();
  const pool = [...after, ...before];
  // "on the Yemeni capital Sanaa": a town outside the gazetteer's provinces still says more than its country
  const own = (pool.find(specific) ?? pool.find((m) => !m.entityId.startsWith('country:')) ?? pool[0])?.entityId;
  if (own) return { place: own, borrowed: false };
  // No place of its own: the one the paragraph last named; "in this exact region" may reach further back.
  const from = cue.PLACE_ANAPHOR.test(text.slice(d.sentence.start, d.sentence.end)) ? Math.max(0, paraStart - PLACE_REACH) : paraStart;
  return { place: index.within(from, d.sentence.start, PLACE_TYPES).reverse().find(specific)?.entityId ?? null, borrowed: true };
}

type Roles = { actor?: EntityMention; target?: EntityMention };

/** Acts of force: only who carries arms does them. */
const ARMED_TYPES: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);

const PARTICIPLE = /^(?:killing|wounding|injuring|leaving)$/i;
/** Verbs whose subject is the one who dies. */
const DEATH_VERB = /^(?:died|dies|die|dying|dead|perished)$/i;
/** A relative clause set off by commas that ends right before the trigger. */
const RELATIVE_BEFORE = /,\s*(?:which|who|whose)\b[^,;]{1,150},\s*$/i;

function rolesOf(text: string, d: Draft, index: MentionIndex, c: Clause): Roles {
  // "U.S.-backed militias": the backer is a modifier; the militias are who is named.
  const head = (m: EntityMention) => !cue.BACKER.test(text.slice(m.end, m.end + 16));
  // A monitor, an outlet or an aid agency may be attacked or arrested, never the one who does it.
  const armedAct = ARMED_TYPES.has(d.type);
  const mayAct = (m: EntityMention) => !armedAct || index.armed(m.entityId);
  const leftAgents = index.within(c.left, d.start, AGENT_TYPES).filter((m) => head(m) && mayAct(m));
  const rightAgents = index.within(d.end, c.right, AGENT_TYPES).filter((m) => head(m) && mayAct(m));
  const rightAll = index.within(d.end, c.right, PARTIES).filter(head);
  const gapBefore = (m: EntityMention) => text.slice(Math.max(c.left, m.start - 40), m.start);
  // "the monitor said five were killed": who speaks before the event is its source, not its actor.
  const speaker = (m: EntityMention) => cue.SPEECH_BETWEEN.test(text.slice(m.end, d.start)) && !cue.RESPONSIBILITY.test(text.slice(m.end, d.start));
  const free = (m: EntityMention) => (!cue.PREP_BEFORE.test(gapBefore(m)) || cue.MEMBERS_OF.test(gapBefore(m)) || cue.AGENT_AFTER.test(gapBefore(m))) && !speaker(m)
    && !cue.SUFFERED_AFTER.test(text.slice(m.end, d.start));
  const gap = (m: EntityMention) => text.slice(d.end, m.start);
  // "Egypt and Qatar, which have mediated between Israel and Hamas, condemned …": no subject inside the relative clause.
  const relative = RELATIVE_BEFORE.exec(text.slice(c.left, d.start));
  const clauseAt = relative ? c.left + relative.index : Infinity;
  const subject = [...leftAgents].reverse().find((m) => m.start < clauseAt && free(m));
  const byPhrase = rightAgents.find((m) => m.start - d.end < 60 && !/[,;“”"]/.test(gap(m)) && cue.BY_FROM.test(gap(m)) && !cue.STATE_BY.test(gap(m)));
  const purpose = rightAgents.find((m) => m.start - d.end < 80 && cue.PURPOSE_TARGET.test(gap(m)));
  // "army troops broke a militia siege": the troops attack; the besiegers are the target.
  if (d.mode === 'besiege' && cue.BREAK_SIEGE.test(text.slice(Math.max(c.left, d.start - 40), d.start))) {
    const besieger = [...leftAgents].reverse().find((m) => cue.MODIFIER_GAP.test(text.slice(m.end, d.start)));
    return { actor: [...leftAgents].reverse().find((m) => m !== besieger && free(m)), target: besieger };
  }
  if (d.passive) {
    // "the port was taken back from the rebels": who loses a place is the target, not the actor.
    if (d.mode === 'seize' && byPhrase && !/\bby\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,2}$/i.test(gap(byPhrase))) {
      return { actor: undefined, target: byPhrase };
    }
    return { actor: byPhrase, target: index.within(c.left, d.start, PARTIES).reverse().find(free) };
  }
  if (d.form === 'noun') {
    // A name whose span runs over the trigger ("junta airstrikes" found as one mention) modifies it too.
    const over = index.within(Math.max(c.left, d.start - 80), d.end, AGENT_TYPES).find((m) => m.start < d.start && m.end > d.start && mayAct(m));
    // "US-led air strikes": the leader of the strikes is who strikes.
    const led = index.within(Math.max(c.left, d.start - 40), d.start, AGENT_TYPES).reverse().find((m) => cue.LED_BEFORE.test(text.slice(m.end, d.start)) && mayAct(m));
    const mod = over ?? led ?? [...leftAgents].reverse().find((m) => cue.MODIFIER_GAP.test(text.slice(m.end, d.start)));
    const launched = subject && cue.LAUNCH.test(text.slice(subject.end, d.start)) ? subject : undefined;
    const relative = rightAgents.find((m) => cue.LAUNCHED_BY.test(gap(m)) && cue.LAUNCH_AFTER.test(text.slice(m.end, c.right)));
    const ofTrigger = /\bof$/i.test(text.slice(d.start, d.end));
    const clashWith = /^(?:clash|fight|battle|firefight)/i.test(text.slice(d.start, d.end)) ? rightAgents.find((m) => cue.CLASH_WITH.test(gap(m))) : undefined;
    // "the raid on the village was thought to have been carried out by navy jets"
    const carriedBy = rightAgents.find((m) => cue.CARRIED_BY.test(text.slice(Math.max(d.end, m.start - 40), m.start)));
    // "accusing the group of attacks across the border": the accused is who attacks.
    const accused = [...leftAgents].reverse().find((m) => cue.ACCUSING.test(text.slice(Math.max(c.left, m.start - 30), m.start))
      && /^\s+of\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(m.end, d.start)));
    // "gas released by a helicopter belonging to the regime": the owner named after the weapon acts.
    const owner = rightAgents.find((m) => m.start - d.end < 100 && cue.WEAPON_OF.test(text.slice(Math.max(d.end, m.start - 40), m.start)));
    const actor = mod ?? launched ?? byPhrase ?? relative ?? clashWith ?? carriedBy ?? accused ?? owner;
    const target = rightAll.find((m) => m !== actor && m.start - d.end < 60 && !(carriedBy && m.start >= carriedBy.start && !cue.NOUN_TARGET.test(text.slice(carriedBy.end, m.start)))
      && (cue.NOUN_TARGET.test(gap(m)) || (ofTrigger && /^\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$/i.test(gap(m))))) ?? purpose;
    return { actor, target };
  }
  // "five people on board a Russian helicopter … died": who dies is the victim; the verb names no author.
  if (DEATH_VERB.test(text.slice(d.start, d.end))) return { actor: undefined, target: subject && d.start - subject.end < 30 ? subject : undefined };
  const prep = cue.TARGET_PREP[d.type];
  // The object follows the verb closely: a few words, no clause in between.
  const object = (m: EntityMention) => (cue.OBJECT_GAP.test(gap(m)) && !cue.PREP_BEFORE.test(gap(m))) || cue.INCLUDING.test(gap(m));
  let target = rightAll.find((m) => m.start - d.end < 80 && (object(m) || (prep?.test(gap(m)) ?? false))) ?? purpose;
  if (d.mode === 'seize') target = rightAgents.find((m) => /\bfrom\s+(?:[\w-]+\s+){0,2}$/i.test(gap(m))) ?? target;
  // "jet strikes blamed on the junta hit…": a verb-shaped word used as a noun, its author named after it.
  const laidTo = subject ? undefined : rightAgents.find((m) => m.start - d.end < 40 && cue.CARRIED_BY.test(gap(m)));
  return { actor: subject ?? laidTo, target };
}

/** Actor, target and place for each draft. */
export function assignArguments(text: string, drafts: readonly Draft[], index: MentionIndex, byId: Map<string, Entity>,
  claims: readonly Claim[] = [], paragraphs: readonly { start: number; end: number }[] = []): Draft[] {
  const out: Draft[] = [];
  // A sentence's clause breaks are found once, however many triggers it holds.
  const breaks = new Map<number, number[]>();
  for (const d of drafts) {
    let sentenceBreaks = breaks.get(d.sentence.start);
    if (!sentenceBreaks) breaks.set(d.sentence.start, (sentenceBreaks = clauseBreaks(text, d.sentence)));
    const c = clause(text, d, sentenceBreaks);
    const { actor, target } = rolesOf(text, d, index, c);
    const pool = index.within(c.left, c.right, PARTIES);
    let actors = actor ? coordinated(text, actor.start < d.start ? firstOfPair(text, actor, pool) : actor, pool) : [];
    // "captured 20 soldiers and executed them": the second verb's subject is the first one's, not its object;
    // "the counterattack that almost overran…": the relative's subject is the attack before it.
    const prev = out[out.length - 1];
    if (prev && d.form === 'verb' && !d.passive && prev.sentenceIndex === d.sentenceIndex && (!actor || actor.start > prev.start)
      && (/\band\s+(?:then\s+)?(?:\w+\s+)?$/i.test(text.slice(prev.end, d.start))
        || (prev.type === d.type && /\b(?:that|which)\s+(?:\w+\s+)?$/i.test(text.slice(prev.end, d.start)) && text.slice(prev.end, d.start).length < 200))) actors = prev.actors;
    // "jets struck the base in Kesh, killing 18 guards": the participle's subject is the clause's, that is the subject
    // of the clause's verb, not of a noun in its object ("jets pounded an ISIS offensive, killing 50").
    if (d.form === 'verb' && PARTICIPLE.test(text.slice(d.start, d.end))) {
      // an attack of the same sentence, close before, with an author the participle has not named itself
      const lends = (x: Draft | undefined): x is Draft => !!x && x.sentenceIndex === d.sentenceIndex && x.type === 'ASSAULT' && x.actors.length > 0
        && (!actor || actor.start > x.start) && d.start - x.end < 150;
      const main = out.findLast((x) => x.sentenceIndex === d.sentenceIndex && x.type === 'ASSAULT' && x.form !== 'noun' && x.actors.length > 0);
      if (lends(main)) actors = main.actors;
      else if (lends(prev)) actors = prev.actors;
    }
    if (!actors.length && d.form === 'verb' && (cue.FIRST_PERSON.test(text.slice(Math.max(c.left, d.start - 30), d.start))
      || cue.OWN_FORCES.test(text.slice(Math.max(c.left, d.start - 40), d.start)))) {
      const source = claimAt(claims, d)?.source;
      if (source && source !== 'author' && source !== 'unnamed') actors = [source];
    }
    const targets = target ? coordinated(text, target, pool).filter((id) => !actors.includes(id)) : [];
    // Paragraphs are sorted and do not overlap: a binary search finds the one holding the trigger.
    const paraStart = spanAt(paragraphs, d.start)?.start ?? d.sentence.start;
    const { place, borrowed } = pickPlace(text, d, index, byId, c, paraStart);
    out.push({ ...d, actors, targets, place, placeBorrowed: borrowed });
  }
  return out;
}
