/**
 * `fights`: enemies. "the SDF's battle against Islamic State", "X is
 * fighting Y", "clashes between X and Y", "X at war with Y".
 *
 * @example
 *   fights(sentence('The SDF accused Damascus of trying to obstruct its battle against Islamic State.'), ctx)
 *   // => [{ type: 'fights', subject: SDF, object: IS, … }]
 */
import { antecedent, tie, type Found, type Rule } from './rule.js';
import { isGroup } from './sentence.js';

const ITS_WAR = /\b(?:its|their)\s+(?:\w+\s+)?(?:battle|fight|war|campaign|offensive|struggle)\s+(?:against|on|with)\s+(?:the\s+)?/gi;
const VERB = /^\s*(?:(?:is|are|was|were|has been|have been|had been)\s+)?(?:fighting|battling|fought|clashing with|clashed with|at war with|waging war on|waged war on)\s+(?:the\s+)?$/i;
const BETWEEN = /\b(?:clashes|clash|fighting|battles|war|hostilities)\s+between\s+(?:the\s+)?/gi;

export const fights: Rule = {
  cue: /\b(?:battl|fight|fought|war|campaign|offensive|struggle|clash|hostilities)/i,
  find: (s) => {
    const out: Found[] = [];
    const local = s.text.slice(s.span.start, s.span.end);
    for (const m of local.matchAll(ITS_WAR)) {
      const at = s.span.start + m.index!;
      const y = s.nextAfter(at + m[0].length, isGroup, 6);
      const x = antecedent(s, at, isGroup);
      if (x && y) out.push(tie('fights', x, y));
    }
    // "X's battle against Y"
    for (const x of s.mentions) {
      const m = /^['’]s?\s+(?:\w+\s+)?(?:battle|fight|war|campaign|offensive)\s+(?:against|on)\s+(?:the\s+)?/i.exec(s.after(x));
      const y = m ? s.nextAfter(x.end + m[0].length, isGroup, 4) : undefined;
      if (isGroup(x) && y) out.push(tie('fights', x, y));
    }
    for (const x of s.mentions) {
      if (!isGroup(x)) continue;
      const y = s.nextAfter(x.end, isGroup, 40);
      if (y && VERB.test(s.text.slice(x.end, y.start))) out.push(tie('fights', x, y));
    }
    for (const m of local.matchAll(BETWEEN)) {
      const x = s.nextAfter(s.span.start + m.index! + m[0].length, isGroup, 6);
      if (!x) continue;
      const [, y] = s.list(x, isGroup);
      if (y) out.push(tie('fights', x, y));
    }
    return out;
  },
};
