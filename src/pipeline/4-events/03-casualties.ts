/**
 * Step 3, casualties: the figures a sentence states, per kind, given to
 * the nearest attack in it. Covers "six were killed", "killed six",
 * "killing at least 20 and wounding 9", "the death toll rose to 76" (an
 * update), tolls split by group ("10 children and 13 rebels were killed",
 * summed, parts kept) and one named or singular victim ("a woman was
 * killed", "executed the local leader") as 1.
 *
 * @example
 *   // "Shelling killed four civilians and wounded nine." → killed 4, wounded 9
 *   const withTolls = assignCasualties(text, drafts);
 */
import type { CasualtyKind, Draft, Figure } from './draft.js';
import { COUNT, parseCount, type Count } from './numbers.js';
import { matchesOf } from './matches-of.js';

const KIND: [RegExp, CasualtyKind][] = [
  [/^(?:kill|dead|died|slain|execut|shot dead|struck dead|claimed the lives|death|murder|lost|martyr|massacr)/i, 'killed'],
  [/^(?:wound|injur|hurt)/i, 'wounded'],
  [/^(?:captur|taken prisoner|detain)/i, 'captured'],
  [/^(?:abduct|kidnap)/i, 'abducted'],
];
const kindOf = (word: string) => KIND.find(([re]) => re.test(word))?.[1];

// "martyred": how many outlets say killed.
const VICTIM_VERB = 'killed|dead|died|slain|executed|martyred|massacred|wounded|injured|hurt|captured|abducted|kidnapped|taken prisoner';
const UNIT_AFTER = /^\s*(?:km|kilomet|kilometr|miles?|met(?:er|re)s?|years?|days?|hours?|months?|weeks?|percent|per cent|%|am|pm|o'clock|tanks?|vehicles?|buildings?|homes?|houses?|times)\b/i;
const NUM = `(${COUNT})`;
// "six civilians were killed", "25 people dead", "10 children and 13 rebels were killed"
// "four wounded children later died": "wounded" before a noun describes it; the verb comes later
// ("eight dead civilians" are dead all the same).
const ATTRIBUTIVE = String.raw`(?:(?<!wounded|injured|hurt)|(?!\s+(?:children|people|persons|civilians|women|men|soldiers|troops|fighters|militants|policemen|officers|members|residents|villagers|workers|patients|boys|girls)\b))`;
const SUBJECT = new RegExp(`\\b${NUM}((?:[\\s,]+[\\w’'-]+){0,9}?)[\\s,]+((?:were|was|have been|had been|has been|are|been|got)\\s+)?(?:reportedly\\s+|also\\s+)?(${VICTIM_VERB})\\b${ATTRIBUTIVE}`, 'gi');
// "killed six", "wounding at least 30", "claimed the lives of two", "left 10 dead"
const OBJECT = new RegExp(`\\b(kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|claim(?:ed|ing) the lives of|massacr(?:ed|ing|e)|execut(?:ed|ing|e)|captur(?:ed|ing|e)|abduct(?:ed|ing)|kidnapp?(?:ed|ing)|left|leaving|claim(?:ed|ing|s))\\s+${NUM}\\b(?=((?:\\s+[\\w’'-]+){0,4}))`, 'gi');
// "bringing to 45 the number killed", "bringing the death toll to 45": a running toll's new total.
const BRINGING = new RegExp(`\\bbring(?:ing|s)?\\s+(?:to\\s+${NUM}\\s+the\\s+(?:death\\s+toll|number\\s+(?:of\\s+)?(?:dead|deaths|killed|people killed|victims))|the\\s+(?:death\\s+toll|number\\s+(?:of\\s+)?(?:dead|deaths|killed|people killed|victims))\\s+to\\s+${NUM})`, 'gi');
const TOLL = new RegExp(`\\bdeath toll\\s+(?:[\\w’'-]+\\s+){0,20}?(rose|rises|climbed|climbs|jumped|jumps|increased|increases|climbed|risen|increased|jumped|reached|hit|stands at|stood at|was|is|at|to|of)\\s+(?:[\\w’'-]+\\s+){0,1}?${NUM}`, 'gi');
const DEATHS = new RegExp(`\\b${NUM}\\s+(?:[\\w-]+\\s+)?(?:deaths|bodies|corpses)\\b|\\b(?:killing|deaths?|murder) of\\s+${NUM}\\b`, 'gi');
// "led to the injury of 40 others"
const INJURY_OF = new RegExp(`\\b(?:injury|injuring|wounding) of\\s+${NUM}\\b`, 'gi');
const ONE_VICTIM = /\b(?:(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:was|has been)|(?:who|he|she)\s+was|(?:was|has been)\s+(?:reportedly\s+)?(?=(?:shot|struck) dead))\s+(?:reportedly\s+)?(killed|shot dead|struck dead|executed|assassinated|beheaded|wounded|injured|kidnapped|abducted)\b/gi;
// "the death of General X", "executed the local commander": one victim, named or singular.
const ONE_NAMED = /\b(?:(death|killing|assassination|execution) of\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}|(killed|executed|assassinated|shot dead|beheaded)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:leader|commander|officer|general|soldier|child|man|woman|boy|girl|journalist|activist|civilian|fighter|member|official|colonel|imam|doctor)\b)/g;
// The war's running toll ("the conflict has killed 320,000 people since 2011") is a statistic, not an event's toll.
const BACKGROUND = new RegExp([
  String.raw`\b(?:war|conflict|uprising|crisis|revolution)\b[^.;]{0,60}\b(?:has|have|had)\s+(?:\w+\s+)?(?:killed|claimed|left|caused)\b`,
  String.raw`\bsince\b[^.;]{0,60}\b(?:war|conflict|uprising|crisis|revolution|protests?|unrest)\b`,
  String.raw`\b(?:war|conflict|uprising|crisis|revolution)\s+(?:which|that)?\s*(?:first\s+)?(?:began|begun|started|erupted|broke out)`,
  String.raw`\bsince (?:the (?:start|beginning|outbreak)|it (?:began|started|erupted)|(?:early |late |march |mid-)?(?:19|20)\d\d)\b`,
  String.raw`\b(?:killed|died|deaths?)\b[^.;]{0,40}\b(?:in|during|from|of) (?:syria'?s|the|this|its) (?:[\w-]+ ){0,2}(?:war|conflict|uprising)\b`,
  String.raw`\bfrom (?:\w+ )?(?:19|20)\d\d to\b|\bbetween (?:\w+ )?(?:19|20)\d\d and\b`,
  String.raw`\b(?:during|over|in) the (?:past|last) (?:\w+ )?(?:months|years|month|year|weeks|week)\b|\bdeadliest (?:month|year|week)\b`,
  // "dozens have been killed in recent days", "have in recent weeks carried out raids killing dozens"
  String.raw`\b(?:have|has)\s+(?:\w+\s+)?(?:been\s+)?(?:killed|died|wounded|injured)\b[^.;]{0,80}\bin recent (?:days|weeks|months|years)\b|\bin recent (?:days|weeks|months|years)\b[^.;]{0,60}\bkilling\b`,
  // running tallies over a period: "since Tuesday … have killed 66", "six days of bombing have killed dozens"
  String.raw`\bsince (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mid-|early |late )?(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october)|last (?:week|month|year))\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months) of\b`,
  // "since the offensive on the town began": a campaign's running toll
  String.raw`\bsince the (?:[\w-]+ ){0,4}(?:offensive|operation|campaign|ceasefire|truce)\b`,
  // "350 have been killed in the east since a truce collapsed": a toll in the perfect counted since a point in time
  String.raw`\b(?:have|has)\s+(?:\w+\s+)?been\s+(?:killed|wounded|injured)\b[^.;]{0,80}\bsince\b`,
  // "more than 7000 people killed across the country since the council passed a resolution"
  String.raw`\b(?:killed|died|dead|deaths)\b[^.;]{0,40}\bsince\b`,
].join('|'), 'i');
// A count followed by the attack that caused the deaths is not the victims ("… Air strikes in Syria killed 22").
const CAUSE_WORD = /\b(?:strikes?|airstrikes?|attacks?|raids?|bombs?|bombings?|shelling|blasts?|explosions?|clashes|fighting|war|conflict|violence|rockets?|missiles?|shells?)\b/i;
const OBJECT_VERB_BEFORE = /\b(?:kill|wound|injur|execut|captur|abduct|kidnap|massacr|claimed the lives of|left|leaving)\w*\s+$/i;
const ACTIVE_OBJECT = /^\s+(?:(?:the|a|an|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b|\d|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October)[A-Z])/;
// "strikes have killed hundreds": a vague count in the perfect is a running tally, not one event's toll.
// "the monitor has reported hundreds killed in its operations": the same, counted by who keeps the tally.
const PERFECT = /\b(?:have|has)\s+(?:\w+\s+)?(?:been\s+)?(?:killed|died|wounded|injured|left|claimed|reported|documented|recorded|counted)\b/i;
// Cheap test first: no word for a victim, no figure.
const VICTIM_WORD = /kill|dead|died|death|wound|injur|hurt|captur|abduct|kidnap|execut|behead|assassinat|slain|lives|prisoner|detain|murder|casualt|martyr|massacr/i;
const NUMBERISH = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens?|hundreds|thousands|scores|several)\b/i;
const PARTICIPLE_BEFORE = /\b(?:those|who were|the|were|was|been|are)\s$/i;
const MORE_PARTS = new RegExp(`(?:,|\\band)\\s+${NUM}\\s+([\\w’'-]+(?:\\s+[\\w’'-]+)?)`, 'gi');
const ANY_COUNT = new RegExp(`\\b${NUM}\\b`, 'i');
const OBJECT_PARTS = new RegExp(`^((?:\\s+(?!and\\b)[\\w’'-]+){1,2})\\s+and\\s+${NUM}\\s+([\\w’'-]+(?:\\s+(?!(?:in|on|at|near|and|when|after|during|by|from|with)\\b)[\\w’'-]+)?)`, 'i');
const FATE_AFTER = /^\s+(?:(?!and\b)[\w’'-]+\s+){0,2}?(?:were\s+|was\s+)?(killed|dead|died|wounded|injured|hurt|captured|abducted|kidnapped)\b/i;
// The words TOLL, BRINGING, INJURY_OF and DEATHS cannot match without: a sentence lacking them skips the pattern.
const INJURY_OF_WORDS = ['injury of', 'injuring of', 'wounding of'];
const DEATHS_WORDS = ['deaths', 'bodies', 'corpses', 'killing of', 'death of', 'murder of'];
const SPLIT_STOP = /\b(?:including|among them|of whom|among whom|mostly|most of them)\b/i;

function figure(kind: CasualtyKind, c: Count, at: number, update = false, parts?: Figure['parts']): Figure {
  // Every field in one literal, unset ones undefined: a spread per optional field costs more than the figure.
  return { kind, value: c.value, approximate: c.approximate, minimum: c.minimum, upTo: c.upTo || undefined, update, parts, at };
}

/** Every figure the span [from, to) of the text states. */
export function figuresIn(text: string, from: number, to: number): Figure[] {
  const s = text.slice(from, to);
  const out: Figure[] = [];
  if (!VICTIM_WORD.test(s) || BACKGROUND.test(s)) return out;
  // The count patterns are the costly ones: only where a count can be.
  const counts = NUMBERISH.test(s);
  const lower = s.toLowerCase();
  // The shared pattern, not a copy: copying a pattern this size costs more than running it on a sentence.
  const subject = SUBJECT;
  subject.lastIndex = 0;
  for (let m = counts ? subject.exec(s) : null; m; m = subject.exec(s)) {
    // A skipped match resumes right after its count, so a later count in it still gets its turn.
    subject.lastIndex = m.index + m[1]!.length;
    const kind = kindOf(m[4]!);
    const c = parseCount(m[1]!);
    if (!kind || !c || UNIT_AFTER.test(s.slice(m.index + m[1]!.length))) continue;
    // "100 fighters captured the town": without "were", a verb with an object is active; the count is the doers.
    if (!m[3] && ACTIVE_OBJECT.test(s.slice(m.index + m[0].length))) continue;
    // "killed four civilians and wounded…": that count is the object of the first verb, not a subject.
    if (OBJECT_VERB_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
    const middle = m[2] ?? '';
    // "URL 0 612 A woman was killed": a count never comes right before a determiner; that one ends something else.
    if (/^\s+(?:a|an|the)\s/i.test(middle)) continue;
    // "32 trucks were destroyed and 120 fighters were killed": a verb in between closes the first count's clause.
    // (in lower case only: "20 IS militants were killed" names the group, not the verb)
    if (/\b(?:were|was|are|is|had|has|have)\s+(?!(?:estimated|believed|thought|reported|reportedly|said|feared|known|also|now|still|all)\b)\S/.test(middle)) continue;
    // "twelve children were among the dead": a part of a toll, not a toll.
    // "nine of those killed were civilians", "five of them died in the strikes": a part of a toll told before.
    if (CAUSE_WORD.test(middle) || /\bamong\b|^\s+of\s+(?:them|those|whom|these)\b/i.test(middle)) continue;
    // "10 children and 13 rebels": more counts in the subject, joined by "and" or commas, are summed.
    const more = SPLIT_STOP.test(middle) ? [] : matchesOf(MORE_PARTS, middle);
    const firstGroup = middle.trim().split(/\s+(?:and|,)\s*|,/)[0] ?? '';
    // "24 October 2016 At least 16 civilians and three children": a count inside the first group is where the subject starts.
    if (more.length && ANY_COUNT.test(firstGroup.replace(/\b(?:a|an|one)\b/gi, ''))) continue;
    const parts = more.length ? [{ value: c.value, group: firstGroup }, ...more.map((x) => ({ value: parseCount(x[1]!)?.value ?? 0, group: x[2]! }))] : undefined;
    // Another count in between that is not a joined part means the first was not the victims' ("Apr 092017 At least 15 civilians").
    const lead = middle.split(SPLIT_STOP)[0] ?? '';
    if (!parts && ANY_COUNT.test(lead.replace(/\b(?:a|an|one)\b/gi, ''))) continue;
    const total = parts ? { ...c, value: parts.reduce((a, p) => a + p.value, 0) } : c;
    if (c.approximate && c.value >= 200 && PERFECT.test(s)) continue;
    out.push(figure(kind, total, from + m.index, false, parts));
    subject.lastIndex = m.index + m[0].length;
  }
  for (const m of counts ? matchesOf(OBJECT, s) : []) {
    // "those killed six were children": after "those"/"were", the verb is a participle, the count is not its object.
    if (PARTICIPLE_BEFORE.test(s.slice(Math.max(0, m.index - 10), m.index))) continue;
    const c = parseCount(m[2]!);
    if (!c || UNIT_AFTER.test(m[3] ?? '')) continue;
    let kind = kindOf(m[1]!);
    // "left six dead", "claiming 4 martyrs": the word after the count says what happened to them.
    if (/^(?:left|leaving|claim(?:ed|ing|s))$/i.test(m[1]!)) kind = kindOf((m[3] ?? '').trim().split(/\s+/).find((w) => kindOf(w)) ?? '');
    if (!kind || (c.approximate && c.value >= 200 && PERFECT.test(s))) continue;
    // "57 killed more than 150 injured": a count the next words give another fate is not this verb's object.
    const fate = FATE_AFTER.exec(m[3] ?? '');
    if (fate && kindOf(fate[1]!) !== kind) continue;
    // "killed 31 jihadists and eight civilians": groups joined after the verb are summed too.
    const rest = s.slice(m.index + m[0].length);
    const joined = OBJECT_PARTS.exec(rest);
    // "left 62 soldiers dead and 100 wounded": a group that has its own fate is a figure of its own, not a part.
    if (joined && !VICTIM_WORD.test(joined[1]!) && !VICTIM_WORD.test(joined[3]!)) {
      const more = parseCount(joined[2]!);
      if (more) {
        const parts = [{ value: c.value, group: joined[1]!.trim() }, { value: more.value, group: joined[3]!.trim() }];
        out.push(figure(kind, { ...c, value: c.value + more.value }, from + m.index, false, parts));
        continue;
      }
    }
    out.push(figure(kind, c, from + m.index));
    // "capture 20 soldiers and execute them": the captives' number is also the dead's.
    if (kind === 'captured' && /^[\s\w-]{0,40}\band\s+(?:then\s+)?(?:execut|kill|shot|behead)\w*\s+them\b/i.test(s.slice(m.index + m[0].length))) {
      out.push(figure('killed', c, from + m.index));
    }
  }
  for (const m of counts && lower.includes('death toll') ? matchesOf(TOLL, s) : []) {
    const c = parseCount(m[2]!);
    if (c) out.push(figure('killed', c, from + m.index, /ris|rose|climb|increas|jump/i.test(m[1]!)));
  }
  for (const m of counts && lower.includes('bring') ? matchesOf(BRINGING, s) : []) {
    const c = parseCount(m[1] ?? m[2]!);
    if (c) out.push(figure('killed', c, from + m.index, true));
  }
  for (const m of counts && INJURY_OF_WORDS.some((w) => lower.includes(w)) ? matchesOf(INJURY_OF, s) : []) {
    const c = parseCount(m[1]!);
    if (c) out.push(figure('wounded', c, from + m.index));
  }
  for (const m of counts && DEATHS_WORDS.some((w) => lower.includes(w)) ? matchesOf(DEATHS, s) : []) {
    const c = parseCount(m[1] ?? m[2]!);
    if (c) out.push(figure('killed', c, from + m.index));
  }
  // The one-victim patterns only where their anchor words are ("was", "death of", "killed the").
  const singles = [...(/\bwas\b|\bhas been\b/i.test(s) ? matchesOf(ONE_VICTIM, s) : []), ...(/ of\s+[A-Z]|\b(?:the|a|an)\s/.test(s) ? matchesOf(ONE_NAMED, s) : [])];
  for (const m of singles) {
    const kind = kindOf(m[1] ?? m[2] ?? '');
    if (!kind || out.some((f) => f.kind === kind)) continue;
    out.push(figure(kind, { value: 1, approximate: false, minimum: false }, from + m.index));
  }
  return out;
}

/** Each ASSAULT gets the figures of its sentence that lie nearer to it than to any other attack there. */
export function assignCasualties(text: string, drafts: readonly Draft[]): Draft[] {
  const bySentence = new Map<number, Figure[]>();
  const figs = (d: Draft) => {
    let f = bySentence.get(d.sentenceIndex);
    if (!f) bySentence.set(d.sentenceIndex, (f = figuresIn(text, d.sentence.start, d.sentence.end)));
    return f;
  };
  // The attacks of each sentence, gathered once: a filter over all of them per attack grows with the square.
  const assaults = new Map<number, Draft[]>();
  for (const d of drafts) if (d.type === 'ASSAULT') assaults.set(d.sentenceIndex, [...(assaults.get(d.sentenceIndex) ?? []), d]);
  return drafts.map((d) => {
    if (d.type !== 'ASSAULT') return d;
    const peers = assaults.get(d.sentenceIndex)!;
    const mine = figs(d).filter((f) => {
      const dist = (x: Draft) => Math.abs(f.at - x.start);
      return peers.every((x) => dist(d) <= dist(x));
    });
    return { ...d, figures: mine };
  });
}
