/**
 * `allied_with`: partners on one side. "the US military and its Kurdish
 * SDF allies", "an alliance of X and Y", "the US-SDF alliance", "militias
 * fighting with the U.S.-led coalition", "allied with X", "X-allied Y", "X-aligned Y".
 *
 * @example
 *   alliedWith(sentence('the US and its Kurdish SDF allies'), ctx) // => [{ type: 'allied_with', subject: US, object: SDF, … }]
 */
import { antecedent, tie, type Found, type Rule } from './rule.js';
import { isActor, isGroup } from './sentence.js';

const ITS_ALLIES = /\b(?:its|their|it['’]s)\s+((?:[\w'’/.-]+\s+){0,4}?)(?:allies|ally|partners|partner)\b/gi;
const WITH = /\b(?:fighting|fights|fought|battling|operating|allied|aligned|in alliance|in coalition|cooperating)\s+(?:with|alongside)\s+(?:the\s+)?/gi;
const ALLIANCE_OF = /\balliance\s+(?:of|between)\s+(?:the\s+)?/gi;

export const alliedWith: Rule = {
  cue: /\b(?:all[iy]|partner|fight|fought|battling|operating|aligned|coalition|cooperating)/i,
  find: (s) => {
    const out: Found[] = [];
    const local = s.text.slice(s.span.start, s.span.end);
    for (const m of local.matchAll(ITS_ALLIES)) {
      const at = s.span.start + m.index!;
      const end = at + m[0].length;
      // the ally is the last name before "allies": "its PKK/YPG allies" → YPG
      const y = s.nearestBefore(end, (c) => isGroup(c) && c.start >= at);
      const x = antecedent(s, at, isActor);
      if (x && y) out.push(tie('allied_with', x, y));
    }
    for (const m of local.matchAll(WITH)) {
      const at = s.span.start + m.index!;
      // "the fighting with Britain" is a noun, not a side
      if (/\bthe\s+$/i.test(s.text.slice(Math.max(s.span.start, at - 5), at))) continue;
      const y = s.nextAfter(at + m[0].length, isGroup, 2);
      const x = s.nearestBefore(at, isGroup);
      if (x && y) out.push(tie('allied_with', x, y));
    }
    for (const m of local.matchAll(ALLIANCE_OF)) {
      const at = s.span.start + m.index! + m[0].length;
      const x = s.nextAfter(at, isGroup, 8);
      if (!x) continue;
      const [, ...rest] = s.list(x, isGroup);
      for (const y of rest) out.push(tie('allied_with', x, y));
    }
    // "the US-SDF alliance", "X-allied Y", "X-aligned Y"
    for (const x of s.mentions) {
      if (!isGroup(x)) continue;
      const after = s.after(x);
      const pair = /^[-‐–/]/.test(after) ? s.nextAfter(x.end, isGroup, 2) : undefined;
      if (pair && /^\s*alliances?\b/i.test(s.after(pair))) out.push(tie('allied_with', x, pair));
      const allied = /^\s?[-‐–]\s?(?:allied|aligned)\s+/i.exec(after);
      const y = allied ? s.nextAfter(x.end + allied[0].length, isGroup, 20) : undefined;
      if (y) out.push(tie('allied_with', x, y));
    }
    return out;
  },
};
