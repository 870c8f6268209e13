/**
 * Step 1, triggers: every phrase in the body that states an event, with
 * its type and, where the words fix it, its mode. Purposes ("in order to
 * seize"), campaigns in the abstract ("the fight against terrorism") and
 * attacks promised in the future ("the army will target…", a PLOVER
 * THREATEN) are told apart here.
 *
 * @example
 *   findTriggers('Rebels shelled the town.', seg) // => [draft ASSAULT heavy-weapons at "shelled"]
 */
import type { Span } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import { newDraft, type Draft } from './draft.js';
import { MODE_CUES, TRIGGER_RULES } from './lexicon.js';
import { matcherAt, type TriggerMatcher } from './trigger-index.js';

// "to seize" after a goal word is a purpose, not an event; aspect verbs ("began to") still report one.
const INFINITIVE = /\bto\s+$/i;
const ASPECT = /\b(?:began|begun|begin|begins|beginning|started|starts|starting|continued|continues|continue|continuing|went on|managed|used)\s+to\s+$/i;
// "supposed to be fighting": still a purpose or a duty, not a report.
const TO_BE = /\bto\s+be\s+$/i;
// "positions occupied by", "areas held by": a state the noun is in, not an event.
const STATE = /\b(?:positions?|areas?|territor(?:y|ies)|towns?|villages?|city|cities|parts?|districts?|neighbou?rhoods?|regions?|lands?|fields?|zones?)\s+$/i;
const HABITUAL = /\b(?:at times|often|rarely|seldom|repeatedly|regularly|frequently|sometimes|usually|routinely|sporadic(?:ally)?|occasional(?:ly)?|periodic(?:ally)?|time and again|in the past|since the (?:start|beginning|outbreak) of)\b/i;
// Most sentences hold no habit word and most trigger windows name no weapon: one cheap test then spares the
// costlier patterns, run once per match. A habit word of a window is one of its sentence, wherever the window
// cuts a word: the sentence-wide test drops the word boundaries. Every cue pattern is `\b(?:…)\b`, so one
// alternation of them all matches a window exactly when one of them does.
const cores = (res: RegExp[]) => res.map((re) => re.source.replace(/^\\b|\\b$/g, '')).join('|');
const HABITUAL_WORDS = new RegExp(cores([HABITUAL]), 'i');
const MODE_CUE_WORDS = new RegExp(`\\b(?:${cores(MODE_CUES.map(([, re]) => re))})\\b`, 'i');
// "the next battle front", "strike aircraft", "assault rifles", "war-torn": the word describes another noun, it is no event.
const MODIFIES_NEXT = /^(?:[-‐](?!(?:style|like)\b)[a-z]|\s+(?:fronts?|field|lines?|zones?|plans?|tactics|helicopters?|aircraft|jets?|planes?|rifles?|squads?|dogs?|shelters?|teams?|brigades?|battalions?)\b)/i;
// "accused the regime of air strikes on …": what someone is accused of is told as a happening.
const ACCUSED_OF = /\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|convict(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){1,4}of\s+(?:\w+\s+)?$/i;
const DURATION_OF = /\b(?:hours?|days?|nights?|weeks?|months?|years?)\s+of\s+(?:\w+\s+)?$/i;
const PROGRESSIVE = /\b(?:is|are|was|were|been|be|am)\s+(?:(?:also|still|now|already|reportedly|repeatedly|again)\s+)?$/i;
const FUTURE = /\b(?:will|'ll|’ll|shall|vows? to|vowed to|threaten(?:s|ed)? to|is going to|are going to)\s+(?:\w+\s+){0,1}$/i;
const WOULD = /\bwould\s+(?:\w+\s+){0,1}$/i;
const SPEECH = /\b(?:said|says|say|warned|warns|stated|told|announced|declared|added|insisted)\b/i;
const ABSTRACT = /^\s+(?:against|on) (?:terror|terrorism|the terrorists|extremism|isis|is|daesh|islamic state)\b/i;
// "militias fighting with the coalition": fighting on a side, not an attack.
const ALLIED = /^(?:fighting|fight|fought|battles?)\s+(?:with|alongside|under|for|beside)\b/i;
// "rebels fighting against the jihadists", "the coalition fighting the group": a participle that says who a side is.
const SIDE_BEFORE = /\b(?:rebels|fighters|groups?|forces|militias?|coalition|alliance|factions?|militants|troops|jihadists|units|brigades|battalions)\s+$/i;
const PLANNED = /\b(?:plann(?:ed|ing)|plott(?:ed|ing)|prepar(?:ed|ing)|intend(?:ed|ing)|foil(?:ed|ing)|thwart(?:ed|ing))\s+(?:(?:an?|the|new|more|further|several|\w+ly|\w+-\w+)\s+){0,2}$/i;
// "after IS killed 270": the group's initials, not the verb "is".
const GROUP_IS = /\bIS\s+$/;
const PASSIVE_AUX = /\b(?:was|were|been|being|is|are|get|got|gets)\s+(?:\w+ly\s+)?$/i;
// A determiner, then at most two modifiers ("the latest", "a deadly Ruritanian"), never a noun like "the army".
const PREMODIFIER = '(?:new|fresh|latest|recent|first|second|third|last|deadly|heavy|major|massive|brutal|failed|alleged|suspected|reported|same|air|aerial|ground|rocket|mortar|artillery|military|government|regime|rebel|militant|insurgent|\\w+(?:ian|ish|ese|ed|al|ic|ive|ly))';
const DETERMINER = new RegExp(`\\b(?:the|a|an|these|those|such|this|that|its|their|his|her|our|another)\\s+(?:${PREMODIFIER}\\s+){0,2}$`, 'i');
// "an army attack", "a militia raid": after "a" and a noun, the word is a noun too ("the army attacked" is a verb).
const A_NOUN_BEFORE = /\b(?:a|an|another)\s+(?:army|militia|police|navy|enemy|terrorist|coalition|opposition|rebel|drone|missile|rocket|tank|sniper|suicide|government|regime)\s+$/i;
// "a series of strikes", "killed in raids": a verb's word in -s right after a preposition is a plural noun.
const PREP_JUST_BEFORE = /\b(?:of|in|after|during|from|with|amid|following|despite|against|by|under)\s+$/i;
const DEFINITE = /\b(?:the|these|those|such|this|its|their)\s+(?:[\w-]+\s+){0,2}$/i;

// "The warplanes struck…", "The strike hit…": a definite, unnamed subject right before the verb points back.
// "said shells struck a market", after the shelling was told: a bare plural weapon as subject points back the same way.
const DEFINITE_SUBJECT = /(?:^|[.!?,;:]\s+|\b(?:and|as|when|after|said|says|that)\s+)(?:(?:the|these|those)\s+(?:warplanes?|jets?|planes?|aircraft|strikes?|attacks?|raids?|bombings?|blasts?|explosions?|attackers|gunmen|militants|shells|bombs?|missiles?|rockets?|drones?)|shells|rockets|missiles|mortars|bombs)\s+$/i;

function ruleOf(m: RegExpExecArray, matcher: TriggerMatcher): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return matcher.rules[i - 1] ?? -1;
  return -1;
}

// What `\b[a-z]` (case-insensitive) finds, read off character codes: a regex call per word costs more than the word.
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** Each trigger match in a stretch of text, leftmost first, trying at each word start only the rules its first letters allow. */
function matches(body: string): { m: RegExpExecArray; rule: number }[] {
  const out: { m: RegExpExecArray; rule: number }[] = [];
  for (let at = 0, prev = 0; at < body.length; at++) {
    const c = body.charCodeAt(at);
    const wordStart = isLetter(c) && !isWordChar(prev);
    prev = c;
    if (!wordStart) continue;
    const matcher = matcherAt(body, at);
    if (!matcher) continue;
    matcher.re.lastIndex = at;
    const m = matcher.re.exec(body);
    if (!m) continue;
    out.push({ m, rule: ruleOf(m, matcher) });
    // Go on after the match, as a global scan would: its last character is what the next one follows.
    at += m[0].length - 1;
    prev = body.charCodeAt(at);
  }
  return out;
}

/** The body's sentences, cut again at line breaks: a line without a full stop (a subhead, a caption) ends there. */
function lines(text: string, seg: Segmentation): Span[] {
  const out: Span[] = [];
  for (const s of seg.sentences) {
    if (s.start >= seg.bodyEnd) break;
    const end = Math.min(s.end, seg.bodyEnd);
    let start = s.start;
    // A headline run into its first sentence (no line break between them) ends where the headline does.
    const cut = seg.headline && seg.headline.end > start && seg.headline.end < end ? seg.headline.end : -1;
    if (cut > 0) {
      if (text.slice(start, cut).trim()) out.push({ start, end: cut });
      start = cut;
    }
    for (let nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', start)) {
      if (text.slice(start, nl).trim()) out.push({ start, end: nl });
      start = nl + 1;
    }
    if (text.slice(start, end).trim()) out.push({ start, end });
  }
  return out;
}

/** Every trigger in the body's sentences, in text order. */
export function findTriggers(text: string, seg: Segmentation): Draft[] {
  const out: Draft[] = [];
  lines(text, seg).forEach((sentence, si) => {
    // Scan the sentence alone: a scan of the whole text from here would cost the rest of the text each time.
    const body = text.slice(sentence.start, sentence.end);
    let habitual: boolean | undefined;
    for (const { m, rule: ri } of matches(body)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const rule = TRIGGER_RULES[ri];
      if (!rule) continue;
      const before = text.slice(Math.max(sentence.start, start - 60), start);
      const after = text.slice(end, Math.min(sentence.end, end + 40));
      if (INFINITIVE.test(before) && !ASPECT.test(before) && rule.form !== 'passive') continue;
      if (TO_BE.test(before) || /[-‐]$/.test(before)) continue;
      if (rule.form !== 'passive' && MODIFIES_NEXT.test(after)) continue;
      // "the location of targeting", "for unimpeded withdrawal": a bare noun after "of"/"for" names a kind of act, not one.
      // "two days of heavy clashes" is a happening all the same.
      if ((rule.form !== 'verb' || /(?:ing|al|ion|ment)$/i.test(m[0])) && /\b(?:of|for)\s+(?:\w+\s+)?$/i.test(before) && !/\b(?:of|for)\s+(?:the|a|an|this|that|its|their|[A-Z][\w-]*)\s/.test(before.slice(-30))
        && !/^\s+(?:by|against|of)\b/i.test(after) && !DURATION_OF.test(before) && !ACCUSED_OF.test(before)) continue;
      if (rule.mode === 'seize' && STATE.test(before) && /^\s+by\b/i.test(after)) continue;
      // "pulled out children from the rubble": a rescue, not a withdrawal
      if (rule.type === 'RETREAT' && /^pull/i.test(m[0]) && /^\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:children|bodies|body|survivors?|victims?|people|wounded|dead|injured|families)\b/i.test(after)) continue;
      // "since it seized power": a coup, not the capture of a place
      if (rule.mode === 'seize' && /^\s+(?:power|the\s+reins)\b/i.test(after)) continue;
      // "assaults by both sides have at times raised fears": a habit, not a happening.
      if ((habitual ??= HABITUAL_WORDS.test(body)) && HABITUAL.test(text.slice(Math.max(sentence.start, start - 40), Math.min(sentence.end, end + 80)))) continue;
      if (rule.type === 'ASSAULT' && (!rule.mode || rule.mode === 'firearms') && (ABSTRACT.test(after) || ALLIED.test(m[0] + after))) continue;
      if (/^fighting$/i.test(m[0]) && SIDE_BEFORE.test(before)) continue;
      // "had planned attacks on the capital", "plotting bombings": a plan, not a happening
      if (rule.form !== 'passive' && PLANNED.test(before)) continue;
      // Only the headline's own words: a first sentence may run on from it into the body.
      const inHeadline = !!seg.headline && start >= seg.headline.start && end <= seg.headline.end;
      const d = newDraft(rule, start, end, sentence, si, inHeadline);
      // "the attack", "a strike", "US-led strikes", "an army attack": a verb-like word after a determiner or a "-led" is a noun.
      if (d.form === 'verb' && (DETERMINER.test(before) || /[-‐–](?:led|backed)\s+$/i.test(before) || A_NOUN_BEFORE.test(before)
        || (/s$/i.test(m[0]) && PREP_JUST_BEFORE.test(before)))) {
        if (/^target$/i.test(m[0])) continue;
        d.form = 'noun';
      }
      // "the coalition is bombing…": an -ing word after "is" is a verb.
      if (d.form === 'noun' && /ing$/i.test(m[0]) && PROGRESSIVE.test(before) && !GROUP_IS.test(before)) {
        d.form = 'verb';
        if (rule.verbMode) d.mode = rule.verbMode;
      }
      if (d.form === 'noun' && rule.verbMode && /^\s+(?:the|a|an)\b/i.test(after) && !DETERMINER.test(before)) {
        d.form = 'verb';
        d.mode = rule.verbMode;
      }
      // "has been bombing" is progressive, not passive: a passive needs a participle.
      d.passive = d.form === 'passive' || (d.form === 'verb' && !/ing$/i.test(m[0]) && ((PASSIVE_AUX.test(before) && !GROUP_IS.test(before)) || /^\s+by\b/i.test(after)));
      // "the strikes": a verb's word used as a noun after a determiner points back like one
      d.anaphoric = d.form !== 'verb' || /\b(?:the|these|those)\s+$/i.test(before) ? DEFINITE.test(before) : DEFINITE_SUBJECT.test(before);
      const sentenceBefore = text.slice(sentence.start, start);
      if (d.type === 'ASSAULT' && (FUTURE.test(before) || (WOULD.test(before) && SPEECH.test(sentenceBefore)))) {
        d.type = 'THREATEN';
        d.mode = 'violence';
      }
      if (d.type === 'ASSAULT' && (!d.mode || rule.modeIsGuess)) {
        // "were hit by navy jets": the weapon named near a generic attack gives its mode.
        const near = text.slice(Math.max(sentence.start, start - 40), Math.min(sentence.end, end + 60));
        const cue = MODE_CUE_WORDS.test(near) ? MODE_CUES.find(([, re]) => re.test(near)) : undefined;
        if (cue) {
          d.mode = cue[0];
          d.modeCued = true;
        }
      }
      out.push(d);
    }
  });
  return out;
}
