/**
 * The word patterns that tell the event stage's argument step who is who:
 * prepositions that make a name a place or an oblique rather than a
 * subject, the "by"/"from" of a passive, the gaps a modifier may leave
 * before its noun, and verbs that hand a noun trigger its actor.
 *
 * @example
 *   BY_FROM.test(' from the ') // => true: the next name is the agent
 */
import type { EventType } from '../../core/record.js';

// "On Sunday regime jets struck": a day, month or year after the preposition is its object, not the name after it.
const WHEN_WORD = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\\d{4})\\b';
export const PREP_BEFORE = new RegExp(`\\b(?:in|at|near|of|from|against|on|with|to|for|by|into|towards?|between|under|inside|outside|around|across|over|about|including)\\s+(?:the\\s+)?(?:(?!${WHEN_WORD})[\\w-]+\\s+){0,1}$`, 'i');
export const PLACE_PREP = /\b(?:in|at|near|on|over|around|outside|of|across|to|into|from|towards?|inside|within|east of|west of|north of|south of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/i;
// "fighters of the Front", "jets of the coalition": the name after "of" is who acts.
export const MEMBERS_OF = /\b(?:fighters|members|troops|forces|units|militants|soldiers|men|jets|aircraft|warplanes|planes|commanders?|leaders?|spokes(?:man|woman)|officials?|elements|gunmen|supporters|tanks)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$/i;
// "forces loyal to X", "a helicopter belonging to X", "jets believed to be X": the name after the phrase is who acts.
export const AGENT_AFTER = /\b(?:(?:loyal|belonging|allied)\s+to|(?:believed|thought|said|suspected|presumed|assumed)\s+to\s+(?:be|have\s+been))\s+(?:the\s+)?(?:[\w’'-]+\s+){0,1}$/i;
// "released by a helicopter belonging to the regime": whose aircraft or vehicle it was.
export const WEAPON_OF = /\b(?:helicopters?|planes?|jets?|aircraft|warplanes?|drones?|gunships?|vessels?|ships?|boats?|vehicles?|tanks?)\s+belonging\s+to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,1}$/i;
export const BY_FROM = /\b(?:by|from)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,2}$/i;
// "strikes on a town held by the rebels", "the blast was reported by state media": the "by" belongs to the
// participle before it, not to the trigger.
export const STATE_BY = /\b(?:held|run|controlled|besieged|surrounded|occupied|encircled|dominated|backed|supported|funded|armed|trained|inhabited|populated|used|manned|guarded|reported|confirmed|announced|documented|recorded|denied|condemned|cited|quoted|described|critici[sz]ed|investigated)\s+by\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,2}$/i;
export const CLAUSE_END = /[;:]|,\s+(?:which|who|but|while|as|after|before|when|said|says)\b|\s(?:said|says|according)\b/i;
// What may stand between a name and the noun it modifies: "navy air strikes", "the militia's offensive".
export const MODIFIER_GAP = /^(?:['’]s?)?(?:\s+(?!(?:said|says|that|and|or|but|of|to|in|on|the|a|an|was|were|is|are|has|have|had|by|with|from)\b)[\w-]+){0,2}\s+$/i;
// "X claimed responsibility for the bombing", "X took credit for the attack": who owns the attack, not a speaker.
export const RESPONSIBILITY = /\b(?:claim(?:ed|s|ing)?|took|takes|taking|accept(?:ed|s)?|admitted)\s+(?:full\s+)?(?:responsibility|credit)\b|\b(?:was|were|is|are)\s+responsible\b/i;
// "the regime dropped a barrel bomb", "forces loyal to X were behind the attack": the subject authors the noun.
export const LAUNCH = new RegExp(`\\b(?:launched|launch|launches|carried out|conducted|waged|wage|began|started|continues|continued|stepped up|fired|opened|mounted|dropped|drops|dropping|(?:was|were|is|are)\\s+behind)\\b|${RESPONSIBILITY.source}`, 'i');
// "the raid that the militia launched": the name in the relative clause is who acts.
export const LAUNCHED_BY = /^\s+(?:that|which)\s+(?:the\s+)?$/i;
export const LAUNCH_AFTER = /^\s*(?:[\w’'-]+\s+){0,2}(?:launched|carried out|conducted|mounted|staged|waged|began|started)\b/i;
export const TARGET_PREP: Partial<Record<EventType, RegExp>> = {
  AGREE: /\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i,
  CONSULT: /\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i,
  COOPERATE: /\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i,
  REQUEST: /\b(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i,
};
export const OBJECT_GAP = /^\s+(?:(?!(?:as|while|when|after|before|because|since|until|where|that|which|who|was|were|is|are)\b)[\w’'-]+\s+){0,4}$/i;
// "killed in clashes with regime troops", "fighting between X and Y": the other side acts.
export const CLASH_WITH = /^\s+(?:with|between)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$/i;
// "would fight any force, including the U.S.-backed militias": the named example is the target.
export const INCLUDING = /^\s*(?:[\w-]+\s+){0,2}[\w-]+,?\s+(?:including|especially|notably)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,2}$/i;
export const BACKER = /^\s?[-‐–]\s?(?:backed|led|allied|supported|sponsored|aligned|affiliated|linked|held|controlled|run|trained|armed)\b/i;
export const LED_BEFORE = /^\s?[-‐–]\s?(?:led|backed)\s+(?:[\w-]+\s+){0,1}$/i;
// A place named by reference: "in this exact region", "the same territory".
export const PLACE_ANAPHOR = /\b(?:this|that|the same)\s+(?:\w+\s+)?(?:region|area|territory|province|town|city|village|district|front)\b/i;
// "20 members of the group were killed in strikes targeting …": a name that a passive verb of harm follows is who suffers, not the later verb's subject.
export const SUFFERED_AFTER = /^[^.;]*?\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|hit|struck|targeted|attacked|bombed|shelled|captured|abducted|kidnapped|executed|arrested|detained|besieged|ambushed|massacred|slain)\b/i;
// "accused the militia of attacks", "suspected the rebels of the bombing": the name after the verb is who acts.
export const ACCUSING = /\b(?:accus(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|convict(?:s|ed|ing)?)\s+(?:the\s+)?$/i;
export const SPEECH_BETWEEN = /\b(?:said|says|say|reported|reports|told|announced|announces|stated|added|claimed|claims|according|confirmed|noted|warned|estimated|documented|recorded)\b/i;
// "…carried out by navy jets", "strikes blamed on the junta": who the attack is laid to.
export const CARRIED_BY = /\b(?:(?:carried out|conducted|launched|committed|perpetrated|claimed|staged|fired|dropped)\s+by|blam(?:ed|es|e|ing)\s+on|attribut(?:ed|es|e|ing)\s+to)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,2}$/i;
export const NOUN_TARGET = /\b(?:on|against|targeting|at|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/i;
// "…to drive the rebels from the ridge", "fighting to clear the gangs out of the port": who the attack is on.
export const PURPOSE_TARGET = /\b(?:to\s+)?(?:drive|expel|push|clear|oust|dislodge|flush|rout|repel|defeat|finish)(?:\s+out)?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,1}$/i;
// "broke the siege", "lifted a blockade": the besieged side strikes back at the besieger.
export const BREAK_SIEGE = /\b(?:broke|break|breaks|breaking|broken|lifted|lift|lifts|lifting|ended|ending|end)\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}$/i;
// A first-person subject: in a quotation, the speaker acts.
/** "said its forces had hit …", "says their fighters stormed …", "said it had targeted …": the speaker's own forces act. */
export const OWN_FORCES = /\b(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|soldiers|fighters|units|jets|warplanes|aircraft|planes|drones|army|navy|militants|men)\s+(?:have\s+|had\s+|has\s+|were\s+|was\s+|also\s+)?$|\b(?:said|says|stated|announced|claimed|confirmed|admitted)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|only\s+)?$/i;
export const FIRST_PERSON = /(?:^|[\s"“”„])(?:we|i)\s+(?:have\s+|had\s+|will\s+|would\s+|are\s+|were\s+)?(?:\w+\s+)?$/i;
