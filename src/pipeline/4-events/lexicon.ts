/**
 * The words that state an event: one pattern per way of saying it, tagged
 * with its PLOVER type, its mode where the words fix one, and its form
 * (a finite verb, a noun, or a phrase that is passive in itself). The
 * patterns are compiled once, at module load, indexed by how they begin
 * (see trigger-index.ts), so a sentence is scanned once.
 *
 * @example
 *   TRIGGER_RULES.find((r) => r.type === 'RETREAT')?.pattern // => 'withdr(?:aw|ew|awn|awing|aws|awal)'
 */
import type { EventType } from '../../core/record.js';

export type TriggerForm = 'verb' | 'noun' | 'passive';

export interface TriggerRule {
  type: EventType;
  mode?: string;
  form: TriggerForm;
  /** A regex source without capturing groups; matched case-insensitively on word boundaries. */
  pattern: string;
  /** The mode when the word is used as a verb ("the coalition is bombing…"), if it differs. */
  verbMode?: string;
  /** The mode is only likely ("fighting" is mostly gunfire): a weapon named nearby overrides it. */
  modeIsGuess?: boolean;
  /** Says only that someone died: an event only with a victim, a toll or a culprit. */
  weak?: boolean;
}

const r = (type: EventType, mode: string | undefined, form: TriggerForm, pattern: string): TriggerRule =>
  ({ type, form, pattern, ...(mode ? { mode } : {}) });

// Order matters where patterns share a start: the longer, more specific phrase comes first.
export const TRIGGER_RULES: readonly TriggerRule[] = [
  // verbal cooperation and conflict first, so "struck a deal" is not a strike
  r('AGREE', undefined, 'verb', '(?:struck|strike|strikes|reached|signed|sign|brokered) (?:a|an|the) (?:\\w+ )?(?:deal|agreement|truce|ceasefire|accord)'),
  r('AGREE', undefined, 'verb', 'agreed (?:to|on|with|upon)|agree (?:to|on|upon)'),
  r('CONSULT', undefined, 'verb', '(?:met|meets) with|held talks|hold talks|visited|hosted'),
  r('COOPERATE', undefined, 'noun', 'in cooperation with|cooperat(?:ed|ing) with|joined forces'),
  r('AID', undefined, 'verb', '(?:supplied|provided|delivered|sent|sending|shipped) (?:\\w+ ){0,2}(?:weapons|arms|aid|assistance|ammunition|supplies)|armed the'),
  r('SUPPORT', undefined, 'verb', '(?:expressed|voiced|declared) (?:its |their |his |her )?support'),
  r('CONCEDE', undefined, 'verb', 'surrender(?:ed|s|ing)?|capitulat(?:e|ed|es|ing)'),
  r('ACCUSE', undefined, 'verb', 'accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|condemn(?:s|ed|ing)?|denounc(?:e|ed|es|ing)|criticis(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|alleg(?:ed|es) that'),
  r('REQUEST', undefined, 'verb', 'request(?:ed|s|ing)?|ask(?:ed|s|ing)? (?:for|to)|call(?:ed|s|ing)? (?:on|for|upon)|urg(?:e|ed|es|ing)|demand(?:ed|s|ing)|appeal(?:ed|s)? (?:to|for)'),
  r('REJECT', undefined, 'verb', 'reject(?:ed|s|ing)?|refus(?:e|ed|es|ing) to|veto(?:ed|es)?'),
  r('THREATEN', undefined, 'verb', 'threat(?:en|ened|ens|ening)|vow(?:ed|s)? to (?=(?:attack|fight|strike|retaliate|destroy|crush|kill|target|punish|retake|recapture|respond|hit|avenge|eliminate|wipe)\\b)'),
  r('PROTEST', undefined, 'noun', 'protest(?:ed|s|ers|ing)?|demonstrations?|demonstrators|rall(?:y|ied|ies)'),
  r('SANCTION', undefined, 'noun', 'sanction(?:s|ed)|embargo|expell?ed|severed (?:diplomatic )?ties'),
  r('COERCE', 'arrest', 'verb', 'arrest(?:ed|s|ing)?|detain(?:ed|s|ing)|imprison(?:ed|s)'),
  r('MOBILIZE', 'troops', 'verb', '(?:deploy(?:ed|s|ing)?|sent|send|sending|dispatch(?:ed|es)?|transferr?(?:ed|ing)?|mass(?:ed|ing)) (?:\\w+ ){0,3}(?:troops|forces|reinforcements|soldiers|fighters|units|tanks|sections)'),
  r('MOBILIZE', 'troops', 'verb', '(?:was|were|been|being) deployed|arrived (?:in|to|at)|mobiliz(?:e|ed|es|ing)|reinforcements'),
  r('RETREAT', 'withdraw', 'verb', 'withdr(?:aw|ew|awn|awing|aws|awal)|pull(?:ed|s|ing)? (?:out|back)|retreat(?:ed|s|ing)?|fled|evacuat(?:ed|ing)'),
  r('RETREAT', 'withdraw', 'verb', 'head(?:ed|s|ing)? (?:back )?(?:to|towards?|north|south|east|west)(?= [^.;]{0,40}\\bfrom\\b)|head(?:ed|s|ing)? back'),

  // ASSAULT, most specific first
  r('ASSAULT', 'suicide-attack', 'noun', 'suicide (?:bomb(?:ing|ings|er|ers)?|attacks?|car bombs?|blasts?)'),
  r('ASSAULT', 'unconventional', 'noun', '(?:chemical|gas|sarin|chlorine|toxic) (?:weapons? )?attacks?|(?:sarin|chlorine|toxic|poison(?:ous)?|nerve) gas'),
  r('ASSAULT', 'drone', 'noun', 'drone (?:strikes?|attacks?)'),
  // "launched explosive-laden drones at a refinery", "had launched 45 drones overnight" (not "sent drones to film it")
  r('ASSAULT', 'drone', 'verb', '(?:launched|launches|launching|fired|fires|firing|sent|flew) (?:[\\w-]+ ){0,2}drones(?! (?:to|for)\\b)'),
  r('ASSAULT', 'aerial', 'noun', 'air ?strikes?|air-strikes?|air raids?|air attacks?|aerial (?:bombardment|attacks?|strikes?)|barrel bombs?|bombing raids?|sorties'),
  r('ASSAULT', 'explosives', 'noun', '(?:car|truck|roadside) bomb(?:s|ings?)?|(?:bomb )?blasts?|explosions?|(?:land ?)?mines|explosive devices?|ieds?|detonat(?:ed|ing)|exploded'),
  r('ASSAULT', 'heavy-weapons', 'noun', 'shell(?:ing|ed|s)?|artillery(?: fire| strikes?| attacks?)?|(?:mortar|rocket|missile)(?: shells?| fire| attacks?| strikes?| rounds?)|mortars|rockets|(?:fired|launched) (?:[\\w-]+ ){0,2}(?:rockets|missiles|shells|mortars)'),
  r('ASSAULT', 'aerial', 'verb', 'bombed'),
  // "a bomb", "the bombing": a plane's or a planted one, as the words around it say
  { ...r('ASSAULT', undefined, 'noun', 'bomb(?:s|ings?)?|bombard(?:ed|ing|ment|ments)?'), verbMode: 'aerial' },
  r('ASSAULT', 'execution', 'verb', 'execut(?:e|ed|es|ing|ion|ions)|behead(?:ed|s|ing)?'),
  r('ASSAULT', 'targeted', 'verb', 'assassinat(?:e|ed|es|ing|ion)'),
  r('ASSAULT', 'abduct', 'verb', 'abduct(?:ed|s|ing|ion)?|kidnapp?(?:ed|s|ing)?|taken hostage'),
  r('ASSAULT', 'torture', 'verb', 'tortur(?:e|ed|es|ing)'),
  r('ASSAULT', 'firearms', 'noun', 'shot dead|opened fire|gunfire|gunmen|sniper fire|snipers?|clash(?:es|ed)?|firefights?|shooting'),
  r('ASSAULT', 'besiege', 'verb', 'besieg(?:e|ed|es|ing)|encircl(?:e|ed|es|ing|ement)|siege|surround(?:ed|ing)'),
  r('ASSAULT', 'seize', 'verb', 'seiz(?:e|ed|es|ing)|captur(?:e|ed|es|ing)|recaptur(?:e|ed|es|ing)|(?:took|taken|take|takes|taking) (?:back|over|full control|control)|retook|retak(?:e|en|ing)|overr(?:an|un)|occup(?:y|ied|ies|ying)|gain(?:ed|s)? control|liberat(?:e|ed|es|ing|ion)'),
  r('ASSAULT', undefined, 'passive', 'came under (?:\\w+ )?(?:attack|fire|shelling)|(?:was|were|been|being|is|are|got) (?:\\w+ )?(?:hit|struck)(?! dead)'),
  r('ASSAULT', undefined, 'noun', 'counter-?attacks?|counter-?offensives?|offensives?|assaults?|ambush(?:es)?|raids?'),
  // armed clashes are PLOVER's firearms mode, but only as a guess: a named weapon says more
  { ...r('ASSAULT', 'firearms', 'noun', '(?:hit and run )?engagements|fighting|battles?'), modeIsGuess: true },
  r('ASSAULT', undefined, 'verb', 'attack(?:s|ed|ing)?|struck dead|struck|strike|strikes|fight|fought|target|pound(?:s|ed|ing)|targeted|targeting|raided|hit|hits|hitting|ambushed|ambushing|storm(?:ed|ing)'),
  { ...r('ASSAULT', undefined, 'verb', 'kill(?:s|ed|ing)?|murder(?:ed|s|ing)?|massacred?|massacres|death of|deaths|death toll|claimed the lives|dead|died|eliminat(?:e|ed|es|ing)'), weak: true },
];

/** Words near an attack that say how it was done, strongest first. */
export const MODE_CUES: readonly [string, RegExp][] = [
  ['suicide-attack', /\bsuicide\b/i],
  ['unconventional', /\b(?:chemical|sarin|chlorine|toxic gas|nerve agent|poison gas)\b/i],
  ['drone', /\bdrones?\b/i],
  ['explosives', /\b(?:car bombs?|car bombings?|truck bombs?|roadside bombs?|explosive devices?|explosives?-laden|explosive-packed|booby-trapped|ieds?|landmines?|land mines?|mine blast)\b/i],
  ['aerial', /\b(?:bombardments?|bombed|bombarded|jets?|warplanes?|aircraft|planes?|helicopters?|air ?force|airstrikes?|air strikes?|air raids?|air attacks?|barrel bombs?|fighter jets|bombers?|aerial|aerially|dropped|drops|dropping|vacuum bombs?|container bombs?|cluster bombs?|rains? down|aviation)\b/i],
  // "a bombing" with no aircraft named is a planted bomb
  ['explosives', /\b(?:bomb blast|bombs?|bombings?|blasts?|explosions?|exploded|detonated)\b/i],
  ['heavy-weapons', /\b(?:shells?|shelling|artillery|mortars?|rockets?|missiles?|tanks?)\b/i],
  ['firearms', /\b(?:gunmen|gunfire|sniper|shot|bullets?|rifles?)\b/i],
  // A bare "strike" with no weapon named is, in war reporting, one from the air.
  ['aerial', /\bstrikes?\b/i],
];
