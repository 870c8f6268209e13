/**
 * Words of charged rhetoric, after the propaganda techniques of SemEval-2020
 * Task 11: loaded language, name calling, exaggeration, appeal to fear,
 * flag waving, causal oversimplification. Entries are phrases strong
 * enough to stand alone; neutral words of war reporting ("killed",
 * "regime", "militants") are left out on purpose.
 *
 * @example
 *   RHETORIC_RULES.find((r) => r.kind === 'name_calling')!.re.test('a puppet government') // => true
 */
import { rule, type SignalRule } from './rule.js';

const A = "['’]";

export const RHETORIC_RULES: SignalRule[] = [
  rule('loaded_language', [
    'foul', 'evil', 'duplicitous', 'murderous', 'diabolical', 'sinister', 'vile', 'barbari(?:c|ty)', 'bloodthirsty',
    'heinous', 'monstrous', 'demonic', 'satanic', 'wicked', 'nefarious', 'depraved', 'despicable',
    'abhorrent', 'war[- ]?machine', 'war[- ]?monger(?:s|ing)?', 'illegal(?:ly)? (?:invade[ds]?|invasion|occup(?:y|ied|ation))',
    '(?:phony|phoney|sham|bogus|fake) (?:wars?|elections?|democracy|referendum|peace process)',
    'illegitimate', 'spawn', 'brainwashed', 'madness', 'plunder(?:ed|ing)?', 'imperialists?', 'colonialists?',
    'rape of', 'bloodbath', 'criminal (?:regime|gang|empire|state)', 'atrocious', 'cowardly', 'shameful', 'disgraceful',
    'outrageous', 'ridiculous', 'absurd', 'lunacy', 'delusional', 'hypocri(?:sy|tical|tes?)', 'blatant lies', 'propaganda',
    'occupiers', 'invaders', 'hegemon(?:y|ic)', 'treacher(?:y|ous)',
  ], 'author'),
  rule('name_calling', [
    'puppets?', 'stooges?', 'lackeys?', 'vassals?', 'minions', 'henchmen', 'thugs', 'lapdogs?',
    '(?:armed|separatist|takfiri|wahhabi|jihadi|kurdish|pkk|ypg|opposition|rebel|foreign|mercenary|[a-z]+-backed) terrorist (?:groups?|organi[sz]ations?|militias?|gangs?|proxies|allies)', 'war criminals?', 'butchers? of',
    'orangutans?', 'apes', 'vermin', 'cockroach(?:es)?', 'parasites', 'scum(?:bags?)?', 'savages',
    'idiots?', 'idiotic', 'morons?', 'moronic', 'imbeciles?', 'demented', 'lunatics?', 'psychopaths?', 'clowns',
    'degenerates?', 'traitors', 'presstitutes', 'sheeple', 'libtards?', 'snowflakes', 'neocons?', 'shills?', 'mouthpieces?',
    'propagandists?', 'head-?choppers', 'cannibals',
  ], 'author'),
  rule('exaggeration', [
    'genocid(?:e|al)', 'ethnic(?:ally)? cleans(?:ing|ed)', '(?:a|another|new|second|nuclear|modern|real) holocaust',
    '(?:completely|totally|utterly|entirely) (?:destroy(?:ed|s|ing)?|annihilat\\w+|obliterat\\w+|wip(?:ed|ing) out|devastat\\w+)',
    // one entry per word rather than a back-reference, so that the rule can join the one scan of all rules (01-match)
    'ever(?:,? ever){2,}', 'never(?:,? never){2,}', 'always(?:,? always){2,}', 'of all time', '(?:biggest|greatest|largest|worst|deadliest|bloodiest|most \\w+) (?:\\w+ ){0,3}in (?:all of )?(?:human |recorded |modern )?history',
    'wipe[ds]? (?:\\w+ ){0,3}off the (?:map|face of the earth)',
  ], 'author'),
  rule('appeal_to_fear', [
    'recipe for (?:total |complete |utter )?(?:disaster|madness|chaos|catastrophe|war|conflict|bloodshed)', '(?:world war|ww) ?(?:iii|3|three)',
    'nuclear (?:war|holocaust|annihilation|winter)', 'apocalyp\\w+', 'armageddon', `before it${A}?s too late`,
    'existential threat', 'mass extinction', 'before it is too late',
  ], 'author'),
  rule('flag_waving', [
    'true patriots?', 'real americans', 'god bless (?:america|our troops)', 'make america great', 'our (?:glorious|great) (?:nation|country|motherland|homeland)',
    'the (?:motherland|fatherland)', 'our brave (?:troops|soldiers|heroes)', 'sacred (?:soil|land|homeland)',
  ], 'author'),
  rule('causal_oversimplification', [
    '(?:the )?(?:sole|only|single|one and only) (?:reason|cause) (?:is|was|for)', `(?:it${A}?s|is) all (?:about|because of) (?:the )?(?:oil|money|israel)`,
    '(?:all|everything) (?:is|was) because of', 'is to blame for (?:everything|all)',
  ], 'author'),
];
