/**
 * `backs`: a sponsor and its client. "US-backed SDF", "Russian and
 * Iran-backed Syrian troops", "Assad's Russian-backed military", "forces
 * backed by Iran", "— backed by Russian airpower and Iranian manpower",
 * "the Syrian Arab Army and its backers, including Russia", "Iran's proxy Hezbollah".
 *
 * @example
 *   backs(sentence('US-backed SDF forces advanced.'), ctx) // => [{ type: 'backs', subject: US, object: SDF, … }]
 */
import { antecedent, tie, type Found, type Rule } from './rule.js';
import { isActor, isGroup, type Sentence } from './sentence.js';
import type { EntityMention } from '../2-entities/index.js';

const HYPHENED = /^\s?[-‐–]\s?(?:backed|sponsored|supported|funded|armed)\b/i;
const BY = /\b(?:backed|supported|sponsored|funded|armed)\s+by\s+(?:the\s+)?/gi;
const BACKERS = /\b(?:its|their)\s+(?:backers|sponsors|patrons|supporters)\s*,?\s*(?:including|such as|like|namely|notably)\s+(?:the\s+)?/gi;
/** Between a client and "backed by": nothing, a relative clause or an adverb ("militias, which are reportedly backed by"). */
const CLIENT_GAP = /^\s*(?:(?:forces|fighters|militias?|troops|units|groups?|rebels)\s+)?,?\s*(?:(?:which|who|that)\s+(?:is|are|was|were|has been|have been)\s+)?(?:\w+ly\s+)?$/i;
/** "the SDF, an alliance of Arab and Kurdish militias backed by …": the aside describes the name before its comma. */
const APPOSITION_GAP = /^\s*,\s*(?:an?|the)\s+[^,;()]{0,80}$/i;
const PROXY = /^['’]s?\s+(?:proxy|proxies|client|clients)\s*,?\s*$/i;

/** Sponsors named together before the first: "Russian and Iran-backed" → Russia too. */
function coSponsors(s: Sentence, x: EntityMention): EntityMention[] {
  const out: EntityMention[] = [];
  let last = x;
  for (let i = s.mentions.indexOf(x) - 1; i >= 0; i--) {
    const m = s.mentions[i]!;
    if (!isActor(m) || !/^\s*(?:,|and|or|&)\s*$/i.test(s.text.slice(m.end, last.start))) break;
    out.push(m);
    last = m;
  }
  return out;
}

export const backs: Rule = {
  cue: /\b(?:backe[dr]|sponsor|support|funded|armed|patron|prox|client)/i,
  find: (s) => {
    const out: Found[] = [];
    for (const x of s.mentions) {
      if (!isActor(x)) continue;
      const h = HYPHENED.exec(s.after(x));
      if (!h) continue;
      const at = x.end + h[0].length;
      // the client: the group named within a few plain words, or the longer name the sponsor sits in
      const next = s.nextAfter(at, isGroup, 30);
      // the client follows at once, two words at most between: "US-backed Kurdish SDF", not "Russian-backed regime and US…"
      const between = next ? s.text.slice(at, next.start) : '';
      const y = next && /^\s*(?:[\w’'-]+\s+){0,2}$/.test(between) && !/\b(?:and|or|but)\b/i.test(between) ? next : s.mentions.find((c) => c !== x && isGroup(c) && c.start <= x.start && c.end >= at);
      if (!y) continue;
      for (const sponsor of [x, ...coSponsors(s, x)]) out.push(tie('backs', sponsor, y));
    }
    const local = s.text.slice(s.span.start, s.span.end);
    for (const m of local.matchAll(BY)) {
      const at = s.span.start + m.index! + m[0].length;
      const x = s.nextAfter(at, isActor, 12);
      if (!x) continue;
      const before = s.text.slice(s.span.start, s.span.start + m.index!);
      // "…, backed by X" describes the sentence's subject; "forces backed by X" the name just before it
      const verbAt = s.span.start + m.index!;
      const near = s.nearestBefore(verbAt, isGroup);
      const gap = near ? s.text.slice(near.end, verbAt) : '';
    const adjacent = near && (CLIENT_GAP.test(gap) || APPOSITION_GAP.test(gap)) ? near : undefined;
      const y = /[,—–-]\s*$/.test(before) ? s.first((c) => isGroup(c) && c.end <= verbAt) : adjacent;
      if (y) for (const sponsor of s.list(x, isActor)) out.push(tie('backs', sponsor, y));
    }
    for (const m of local.matchAll(BACKERS)) {
      const at = s.span.start + m.index! + m[0].length;
      const x = s.nextAfter(at, isActor, 8);
      const y = antecedent(s, s.span.start + m.index!, isGroup);
      if (x && y) for (const sponsor of s.list(x, isActor)) out.push(tie('backs', sponsor, y));
    }
    for (const x of s.mentions) {
      const y = s.nextAfter(x.end, isGroup, 20);
      if (isActor(x) && y && PROXY.test(s.text.slice(x.end, y.start))) out.push(tie('backs', x, y));
    }
    return out;
  },
};
