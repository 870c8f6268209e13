/**
 * Step 2, arguments: who acts, on whom, and where, from the entities named
 * around the trigger. Active verbs take their subject as actor and their
 * object as target; passives ("were hit by X", "came under attack from X")
 * swap them; nouns take a modifier ("Russian air strikes") or a "by" phrase
 * as actor and an "on"/"against" phrase as target. Coordinated names
 * ("Russian jets and Syrian forces") are all kept, the first in front.
 *
 * @example
 *   // "Rebels shelled the army base near Hama." → actor rebels, target the base, place Hama
 *   const withArgs = assignArguments(text, drafts, mentionIndex, entitiesById);
 */
import type { Entity } from '../../core/record.js';
import type { EntityMention } from '../2-entities/index.js';
import type { Draft } from './draft.js';
import { AGENT_TYPES, PLACE_TYPES, type MentionIndex } from './mentions.js';

const PREP_BEFORE = /\b(?:in|at|near|of|from|against|on|with|to|for|by|into|towards?|between|under|inside|outside|around|across|over|about|including)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$/i;
const PLACE_PREP = /\b(?:in|at|near|on|over|around|outside|of|across|to|into|from|towards?|inside|within|east of|west of|north of|south of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/i;
// "fighters of the Front", "jets of the coalition": the name after "of" is who acts.
const MEMBERS_OF = /\b(?:fighters|members|troops|forces|units|militants|soldiers|men|jets|aircraft|warplanes|planes|commanders?|leaders?|spokes(?:man|woman)|officials?|elements|gunmen|supporters|tanks)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$/i;
const BY_FROM = /\b(?:by|from)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,2}$/i;
const CLAUSE_END = /[;:]|,\s+(?:which|who|but|while|as|after|before|when|said|says)\b|\s(?:said|says|according)\b/i;
// What may stand between a name and the noun it modifies: "Russian air strikes", "ISIS's offensive".
const MODIFIER_GAP = /^(?:['’]s?)?(?:\s+(?!(?:said|says|that|and|or|but|of|to|in|on|the|a|an|was|were|is|are|has|have|had|by|with|from)\b)[\w-]+){0,2}\s+$/i;
const LAUNCH = /\b(?:launched|launch|launches|carried out|conducted|waged|wage|began|started|continues|continued|stepped up|fired|opened|mounted)\b/i;
const TARGET_PREP: Partial<Record<Draft['type'], RegExp>> = {
  AGREE: /\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i,
  CONSULT: /\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i,
  COOPERATE: /\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i,
  REQUEST: /\b(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i,
};
const NOUN_TARGET = /\b(?:on|against|targeting|at|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/i;

/** The span a trigger's own clause covers on each side, cut at the first clause break. */
function clause(text: string, d: Draft): { left: number; right: number } {
  let left = d.sentence.start;
  const lhs = text.slice(d.sentence.start, d.start);
  for (const m of lhs.matchAll(/[;:]/g)) left = d.sentence.start + m.index + 1;
  const rhs = text.slice(d.end, d.sentence.end);
  const cut = CLAUSE_END.exec(rhs);
  return { left, right: cut ? d.end + cut.index : d.sentence.end };
}

/** The names coordinated with the first one ("X and Y", "X, Y and Z"). */
function coordinated(text: string, first: EntityMention, rest: EntityMention[]): string[] {
  const ids = [first.entityId];
  let last = first;
  for (const m of rest) {
    if (!/^(?:\s*,\s*|\s+and\s+|\s+as well as\s+)(?:the\s+)?(?:[\w-]+\s+){0,1}$/i.test(text.slice(last.end, m.start))) break;
    if (!ids.includes(m.entityId)) ids.push(m.entityId);
    last = m;
  }
  return ids;
}

function pickPlace(text: string, d: Draft, index: MentionIndex, byId: Map<string, Entity>, c: { left: number }): string | null {
  const specific = (m: EntityMention) => m.type === 'facility' || !!byId.get(m.entityId)?.admin1;
  const after = index.within(d.end, d.sentence.end, PLACE_TYPES)
    .filter((m) => PLACE_PREP.test(text.slice(Math.max(d.end, m.start - 50), m.start)) || m.start - d.end < 6);
  const before = index.within(c.left, d.start, PLACE_TYPES).reverse();
  const pool = [...after, ...before];
  return (pool.find(specific) ?? pool[0])?.entityId ?? null;
}

/** Actor, target and place for each draft. */
export function assignArguments(text: string, drafts: readonly Draft[], index: MentionIndex, byId: Map<string, Entity>): Draft[] {
  return drafts.map((d) => {
    const c = clause(text, d);
    const leftAgents = index.within(c.left, d.start, AGENT_TYPES);
    const rightAgents = index.within(d.end, c.right, AGENT_TYPES);
    const rightAll = index.within(d.end, c.right, [...AGENT_TYPES, 'facility']);
    const gapBefore = (m: EntityMention) => text.slice(Math.max(c.left, m.start - 40), m.start);
    const free = (m: EntityMention) => !PREP_BEFORE.test(gapBefore(m)) || MEMBERS_OF.test(gapBefore(m));
    const subject = [...leftAgents].reverse().find(free);
    const byPhrase = rightAgents.find((m) => m.start - d.end < 80 && BY_FROM.test(text.slice(d.end, m.start)));
    let actor: EntityMention | undefined;
    let target: EntityMention | undefined;
    if (d.passive) {
      actor = byPhrase;
      target = [...index.within(c.left, d.start, [...AGENT_TYPES, 'facility'])].reverse().find(free);
    } else if (d.form === 'noun') {
      const mod = [...leftAgents].reverse().find((m) => MODIFIER_GAP.test(text.slice(m.end, d.start)));
      const launched = subject && LAUNCH.test(text.slice(subject.end, d.start)) ? subject : undefined;
      actor = mod ?? byPhrase ?? launched;
      const ofTrigger = /\bof$/i.test(text.slice(d.start, d.end));
      target = rightAll.find((m) => m !== actor && m.start - d.end < 60
        && (NOUN_TARGET.test(text.slice(d.end, m.start)) || (ofTrigger && /^\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$/i.test(text.slice(d.end, m.start)))));
    } else {
      actor = subject;
      const prep = TARGET_PREP[d.type];
      target = rightAll.find((m) => {
        const gap = text.slice(d.end, m.start);
        return m.start - d.end < 80 && (!PREP_BEFORE.test(gap) || (prep?.test(gap) ?? false));
      });
      if (d.mode === 'seize') {
        const from = rightAgents.find((m) => /\bfrom\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(d.end, m.start)));
        target = from ?? target;
      }
    }
    const rightOf = (m: EntityMention, pool: EntityMention[]) => pool.filter((x) => x.start >= m.end);
    const actors = actor ? coordinated(text, actor, rightOf(actor, [...leftAgents, ...rightAgents])) : [];
    const targets = target ? coordinated(text, target, rightOf(target, rightAll)).filter((id) => !actors.includes(id)) : [];
    return { ...d, actors, targets, place: pickPlace(text, d, index, byId, c) };
  });
}
