/**
 * `leads`: a person at the head of an organisation. "Khaled Abu Samir,
 * the commander of the SDF's Deir al-Zor military council", "SDF
 * commander Mazloum Abdi", "forces led by X".
 *
 * @example
 *   leads(sentence('Jane Doe, the leader of the Front, said …'), ctx) // => [{ type: 'leads', subject: Jane Doe, object: Front, … }]
 */
import { tie, type Found, type Rule } from './rule.js';
import { isGroup, type Sentence } from './sentence.js';
import type { EntityMention } from '../2-entities/index.js';

const ROLE = '(?:commander|commander-in-chief|leader|head|chief|founder|emir|president|chairman|director|secretary-general|general secretary)';
const OF = new RegExp(`^\\s*,\\s*(?:(?:the|a|an)\\s+)?(?:[\\w-]+\\s+){0,2}?${ROLE}\\s+of\\s+(?:the\\s+)?$`, 'i');
const TITLE = new RegExp(`^\\s*(?:['’]s?\\s+)?(?:top\\s+|supreme\\s+|military\\s+|local\\s+)?${ROLE}\\s+$`, 'i');
// "X, led by General Y", "Sudan's army, led by Y": the state named through its forces is led too.
const LED_BY = /^(?:['’]s?\s+(?:army|forces|military|troops|government|regime))?\s*,?\s*(?:which is\s+|who are\s+)?(?:led|headed|commanded)\s+by\s+(?:(?:the|its)\s+)?(?:[\w-]+\s+){0,2}?$/i;

const isPerson = (m: EntityMention) => m.type === 'person';
const isOrg = (m: EntityMention) => m.type === 'actor' || m.type === 'media';

/** "the SDF's Deir al-Zor military council": the organisation is the last name of the chain. */
function head(s: Sentence, y: EntityMention): EntityMention {
  let cur = y;
  for (;;) {
    const next = s.nextAfter(cur.end, isOrg, 4);
    if (!next || !/^['’]s?\s+$/.test(s.text.slice(cur.end, next.start))) return cur;
    cur = next;
  }
}

export const leads: Rule = {
  cue: /\b(?:command|leader|head|chief|founder|emir|president|chairman|director|secretary|led)/i,
  find: (s) => {
    const out: Found[] = [];
    for (const x of s.mentions) {
      if (isPerson(x)) {
        const y = s.nextAfter(x.end, isOrg, 60);
        if (y && OF.test(s.text.slice(x.end, y.start))) out.push(tie('leads', x, head(s, y)));
      }
      if (isOrg(x)) {
        const p = s.nextAfter(x.end, isPerson, 30);
        if (p && TITLE.test(s.text.slice(x.end, p.start))) out.push(tie('leads', p, x));
        if (p && LED_BY.test(s.text.slice(x.end, p.start)) && isGroup(x)) out.push(tie('leads', p, x));
      }
    }
    return out;
  },
};
