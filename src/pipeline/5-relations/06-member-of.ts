/**
 * `member_of`: a unit, faction or person within an organisation. "the
 * SDF's Deir al-Zor military council", "a military council which fights
 * under the SDF", "X, a faction of Y", "Al-Masdar's Omar Khatib", "X, Y's branch in …",
 * "X, a Y affiliate".
 *
 * @example
 *   memberOf(sentence("the SDF's Deir al-Zor military council"), ctx) // => [{ type: 'member_of', subject: council, object: SDF, … }]
 */
import { tie, type Found, type Rule } from './rule.js';
import { isGroup } from './sentence.js';
import { isStateId } from '../2-entities/found.js';
import type { EntityMention } from '../2-entities/index.js';

const POSSESSIVE = /^['’]s?\s+(?:(?:own|elite|local|regional|main|military|armed)\s+)?$/i;
const PART_OF = /^\s*(?:\w+\s+)?,?\s*(?:(?:which|that|who)\s+(?:is|are|was|were|fights?|operates?|serves?)\s+)?(?:(?:a|an|the)\s+)?(?:part|member|unit|faction|wing|branch|affiliate|offshoot|component|subsidiary|division|brigade)?\s*(?:of|under|within)\s+(?:the\s+)?$/i;

const APPOSED = /^\s*,\s*(?:(?:a|an|the)\s+)?$/i;
const PART_AFTER = /^(?:['’]s?\s+(?:\w+\s+)?|[-\s]+(?:linked\s+|allied\s+|affiliated\s+)?)(?:branch|affiliate|offshoot|wing|franchise|arm|faction)\b/i;

const isMember = (m: EntityMention) => m.type === 'actor' && !isStateId(m.entityId);
const isOrg = (m: EntityMention) => (m.type === 'actor' || m.type === 'media') && !m.entityId.startsWith('country:');

export const memberOf: Rule = {
  // Possessives and "of" are in nearly every sentence: no cheaper test than the rule itself.
  cue: null,
  find: (s) => {
    const out: Found[] = [];
    for (const y of s.mentions) {
      if (!isOrg(y)) continue;
      const x = s.nextAfter(y.end, (m) => isMember(m) || (m.type === 'person' && y.type === 'media'), 12);
      if (x && POSSESSIVE.test(s.text.slice(y.end, x.start))) out.push(tie('member_of', x, y));
    }
    for (const x of s.mentions) {
      if (!isMember(x)) continue;
      const y = s.nextAfter(x.end, isGroup, 50);
      const between = y ? s.text.slice(x.end, y.start) : '';
      if (y && isOrg(y) && /\b(?:of|under|within)\s+(?:the\s+)?$/i.test(between) && PART_OF.test(between)) out.push(tie('member_of', x, y));
    }
    // "JNIM, al-Qaeda's branch in the Sahel", "the Front, an al-Qaeda affiliate": an apposition names the parent.
    for (const x of s.mentions) {
      if (!isMember(x)) continue;
      const y = s.nextAfter(x.end, isOrg, 20);
      if (y && y.entityId !== x.entityId && APPOSED.test(s.text.slice(x.end, y.start)) && PART_AFTER.test(s.after(y))) out.push(tie('member_of', x, y));
    }
    return out;
  },
};
