/**
 * `controls`: who holds a place. "The rebels hold them still" (the fields
 * named just before), "X captured the town of Y", "X-held Y", "Y, held by
 * X", "under the control of X", "X are the controlling parties in Y", "Y, which X have
 * held since …".
 *
 * @example
 *   controls(sentence('ISIS-held Raqqa'), ctx) // => [{ type: 'controls', subject: IS, object: Raqqa, … }]
 */
import { tie, type Found, type Rule } from './rule.js';
import { isGroup, isPlace, type Sentence } from './sentence.js';
import type { EntityMention } from '../2-entities/index.js';

// An aside may stand between the group and its verb ("HTS, led by X, controls …"), and a share before the place ("most of").
const VERB = /^\s*(?:,[^,;]{1,80},\s*)?(?:(?:has|have|had)\s+)?(?:(?:now|still|already|recently|effectively|firmly|also)\s+)?(?:holds?|held|controls?|controlled|captured|seized|recaptured|retook|occupies|occupied|runs?|took control of|took over|seizing control of|captures|seizes|is in control of|are in control of|(?:is|are) the controlling part(?:y|ies) in)\s+(?:(?:most|much|all|parts?|large parts|swathes|large swathes|the rest)\s+of\s+)?(?:(?:the|a|an)\s+)?(?:(?:strategic|key|important|nearby|border|northern|southern|eastern|western)\s+)?(?:(?:town|city|village|province|district|area|region|field|airport|base|dam|crossing)s?\s+of\s+)?$/i;
const PRONOUN = /^\s*(?:(?:now|still|already)\s+)?(?:holds?|held|controls?|controlled)\s+(them|it)\b/i;
// "Sanaa, which the Houthis have held since 2014": the group of a relative clause on the place.
const WHICH = /^\s*,\s*which\s+(?:the\s+)?$/i;
const WHICH_VERB = /^\s+(?:(?:has|have|had)\s+)?(?:(?:now|still|long|since)\s+)?(?:held|holds?|controls?|controlled|captured|seized|occupied|occupies|run|runs)\b/i;
const BY = /^\s*,?\s*(?:(?:still|now|already|firmly)\s+)?(?:held|controlled|occupied|captured|seized)\s+by\s+(?:the\s+)?$/i;
const HELD = /^\s?[-‐–]\s?(?:held|controlled|occupied|run)\s+/i;
const UNDER = /\bunder\s+(?:the\s+)?(?:control|rule)\s+of\s+(?:the\s+)?/gi;

/** Places and facilities of the nearest earlier sentence that names any: what "them" or "it" points to. */
function referents(previous: readonly Sentence[]): EntityMention[] {
  for (let i = previous.length - 1; i >= Math.max(0, previous.length - 3); i--) {
    const found = previous[i]!.mentions.filter(isPlace);
    if (found.length) return found;
  }
  return [];
}

export const controls: Rule = {
  cue: /\b(?:hold|held|control|captur|seiz|retook|occup|took|run|rule)/i,
  find: (s, ctx) => {
    const out: Found[] = [];
    for (const x of s.mentions) {
      if (!isGroup(x)) continue;
      const y = s.nextAfter(x.end, isPlace, 120);
      if (y && VERB.test(s.text.slice(x.end, y.start))) for (const p of s.list(y, isPlace)) out.push(tie('controls', x, p));
      const pro = PRONOUN.exec(s.after(x));
      if (pro) for (const p of pro[1]!.toLowerCase() === 'it' ? referents(ctx.previous).slice(-1) : referents(ctx.previous)) out.push({ ...tie('controls', x, p), start: x.start, end: x.end + pro[0].length });
      const held = HELD.exec(s.after(x));
      const z = held ? s.nextAfter(x.end + held[0].length, isPlace, 3) : undefined;
      if (z) out.push(tie('controls', x, z));
    }
    for (const y of s.mentions) {
      if (!isPlace(y)) continue;
      const x = s.nextAfter(y.end, isGroup, 30);
      if (x && BY.test(s.text.slice(y.end, x.start))) out.push(tie('controls', x, y));
      if (x && WHICH.test(s.text.slice(y.end, x.start)) && WHICH_VERB.test(s.after(x))) out.push(tie('controls', x, y));
    }
    const local = s.text.slice(s.span.start, s.span.end);
    for (const m of local.matchAll(UNDER)) {
      const at = s.span.start + m.index!;
      const x = s.nextAfter(at + m[0].length, isGroup, 6);
      const y = s.nearestBefore(at, isPlace);
      if (x && y) out.push(tie('controls', x, y));
    }
    return out;
  },
};
