/**
 * The small word lists the entity steps read: titles before a name, head
 * nouns that make a name an organisation or an outlet, nouns that make a
 * demonym an agent ("Syrian troops"), speech verbs, and the words that
 * start a sentence with a capital without naming anything.
 *
 * @example
 *   TITLES.has('general') // => true
 */
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Words before a person's name that say it is one ("Colonel Rami Saleh"). */
export const TITLES = set(`general gen major maj colonel col lieutenant lt brigadier brig captain capt sergeant sgt commander
  admiral marshal archbishop bishop archimandrite patriarch lord lady sir dame
  cmdr president minister secretary premier chancellor senator sen rep representative governor mayor ambassador envoy
  spokesman spokeswoman spokesperson sheikh sheik shaikh imam ayatollah mullah emir king prince princess queen dr mr mrs ms
  prof professor judge chief deputy director editor reporter correspondent journalist contributor analyst researcher
  activist photographer writer author blogger officer official commentator columnist founder chairman pope cleric
  lawyer economist historian scholar expert pilot doctor surgeon nurse father brother`);

/** Role nouns of an apposition after a name ("Khaled Abu Samir, the head of …"). */
export const ROLES = set(`commander leader head chief spokesman spokeswoman spokesperson expert analyst researcher official
  officer general colonel minister president adviser advisor aide envoy ambassador director founder member fighter
  activist journalist reporter correspondent editor contributor professor fellow senator governor mayor cleric emir
  deputy secretary chairman coordinator representative resident doctor witness monitor writer author blogger`);

/** Verbs of saying or reporting that follow a person's name ("Nour Haddad said"). */
export const SPEECH = set(`said says told tells added adds stated states explained explains noted notes wrote writes reported
  reports claimed claims argued argues analyzes analyses analysed analyzed believes believed warned warns announced
  announces tweeted tweets insisted insists declared declares asserted asserts confirmed confirms denied denies
  commented comments urged urges stressed stresses acknowledged admitted admits revealed reveals suggested suggests`);

/** Head nouns that make a capitalised name an organisation or armed group. */
export const ORG_HEADS = set(`forces force army armies brigade brigades battalion battalions division regiment front movement
  council party units unit committee coalition alliance organization organisation ministry institute institution
  foundation group militia militias guard guards corps command union authority commission observatory center centre
  association society league federation network legion division directorate agency bureau office administration
  conference
  department service services assembly parliament congress`);

/** Head nouns that make a capitalised name an outlet. */
export const MEDIA_HEADS = set(`news times post herald journal tribune gazette daily tv radio press magazine channel
  chronicle telegraph observer review report today blog site online media`);

/** Words before a people's name ("Syrians", "Iraqis") that make it the people, not the state: "thousands of Syrians". */
export const POPULATION_BEFORE = set(`of carrying transporting displaced fleeing ordinary civilian many most thousands hundreds millions
  million young poor wounded injured killing killed`);

/** Nouns that make a demonym or a state's name an agent: "Syrian troops", "Russian jets", "Assad's forces". */
export const AGENT_NOUNS = set(`army armies forces force troops soldiers military militaries government governments regime
  authorities officials jets warplanes aircraft planes helicopters drones airpower manpower navy marines commanders officers
  jet warplane plane helicopter drone bomber gunship
  positions artillery tanks president ministry administration intelligence diplomats embassy
  envoy delegation police units unit gunners snipers proxies airstrikes bombers gunships
  contingent contingents garrison battalions brigades servicemen personnel advisers advisors generals junta guards`);

/** Nouns of an attack that make "regime" or "government" before them its author: "regime bombing", "government air strikes". */
export const ATTACK_NOUNS = set(`bombing bombings bombardment bombardments shelling strikes airstrikes raids attacks attack
  offensive assault barrel missiles missile rockets rocket artillery mortars helicopters helicopter planes siege`);

/** Words that may stand between a demonym and its agent noun: "Syrian government forces", "Russian fighter jets". */
export const AGENT_MODIFIERS = set(`government regime army military air armed special elite fighter combat ground naval security war
  defence defense foreign state-run regular pro-government backed counter anti terrorism terror operations border coast ruling`);

/** Participles that make the name before the hyphen an agent: "US-backed", "Iran-led". */
export const AGENT_PARTICIPLES = set(`backed led allied sponsored funded supported armed trained controlled held run dominated
  aligned affiliated linked installed imposed brokered operated organised organized`);

/** Prepositions and verbs before a country's name that make it a location: "in Syria", "across Iraq". */
export const LOCATIVE = set(`in inside into across throughout within to towards toward from via through at near around over
  entering enter entered invaded invade invading leave left leaving visit visited visiting fled flee fleeing back out
  outside reach reached crossed cross return returned`);

/** Words between a locative preposition and a country: "in eastern Syria". */
export const DIRECTIONS = set(`eastern western northern southern central north south east west northeastern northwestern
  southeastern southwestern northeast northwest southeast southwest rural occupied neighbouring neighboring
  wartorn`);

/** Verbs after a capital that make it its government ("Damascus said", "Washington has"). */
export const AGENT_VERBS = set(`had has have would will could can may might must should wants wanted does did
  hasn doesn didn won wouldn accused accuses blamed rejected refused agreed ordered deployed responded demanded hopes
  fears sees seeks sought views struck launched sent backed backs supports supported condemned welcomed threatened
  promised pledged vowed needs intends plans began started continues tried tries decided chose presses pressed
  regards regarded considers considered dismissed dismisses announced responded summoned recalled approved sent sends
  deployed deploys expelled insisted urged warned`);

/** Verbs before a capital that make it their object as an agent ("accused Damascus", "prevent Damascus"). */
export const GOVERNING_VERBS = set(`accused accuses accusing urged urging blamed blaming warned warning pressed pressing asked
  told prevent prevented preventing allow allowed help helped support supported supporting backed backing criticized
  criticised condemned condemning sanctioned sanctioning forced forcing persuade persuaded convince convinced`);

/** Plain nouns that a state's backing or a people's name may describe: "U.S.-backed militias", "Kurdish fighters". */
export const GENERIC_FORCES = set(`militia militias forces force fighters rebels groups group troops militants opposition
  alliance units factions proxies gunmen`);

/** Nouns after a demonym that make it a place: "Syrian territory", "Iraqi border". */
export const LAND_NOUNS = set(`territory territories soil land lands border borders frontier side coast coastline countryside
  desert city cities towns villages province provinces region regions airspace waters`);

/** Capitalised words that start sentences or headlines without naming anything. */
export const FUNCTION_WORDS = set(`the a an in on at of for from to by with without into onto over under after before since until
  and but or nor so yet if when while where whereas as because though although unless whether then than there here this that
  these those it its he she they we you i his her their our your my me him them us who whom whose which what why how
  all any some no not none each every both either neither many much more most few several such same other another
  also even just only still already again meanwhile however moreover furthermore therefore thus hence instead indeed
  according despite during amid among between against across along around about above below beyond near
  is are was were be been being has have had do does did will would shall should can could may might must
  one two three four five six seven eight nine ten first second third last next new old
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december god allah mr mrs ms dr yes oh ok well let please thank thanks dear
  later earlier now today tonight yesterday tomorrow recently previously soon once twice finally eventually`);

/** Adjectives of a people, faith or camp: "Kurdish forces" or "Sunni tribes" is a description, not a new name. */
export const GROUP_ADJECTIVES = set(`kurdish kurds arab arabs sunni sunnis shia shiite shiites alawite alawites druze turkmen
  christian christians yazidi yazidis assyrian armenian islamist islamists jihadist jihadists rebel rebels opposition
  government regime pro local foreign`);

/** First words of Arabic place names ("Deir al-Adas", "Ras al-Ain", "Kafr Nabl"): a new name so begun is a place. */
export const PLACE_HEADS = set(`deir dayr der tal tell tall tel kafr kfar jabal jebel jisr ain ayn ras bab wadi khan maarat
  maarrat beit bayt bir qasr souq suq marj nahr mazraat qalaat hayy harat tabqa jurf`);

/** Nouns before "of" that name a place after them: "the town of …". */
export const PLACE_NOUNS = set(`town towns village villages city cities district districts neighbourhood neighborhood
  neighbourhoods neighborhoods suburb suburbs area areas camp region province governorate countryside outskirts hamlet
  hamlets locality quarter`);

/** Lower-case nouns that make the capitalised name before them a facility: "the Ghazlani military base". */
export const FACILITY_HEADS = set(`base airbase airport airfield field fields refinery dam crossing prison camp plant station
  port barracks garrison`);

/** Words never part of a person's name: a run holding one is something else ("Coordination Committees said"). */
export const NOT_PERSON = set(`programme program affairs hospital hospitals committees councils coordination mission offensive
  national international world worlds state states department departments policy security health humanitarian
  ministry office centre center news network agency media military army forces brigade front revolution revolutionary
  university school city town village province district countryside street square market mosque church airport
  slaughtered silently takes shape breaking update exclusive watch video photos conference prize award foundation
  institute association society party`);

/** Words that make a two-word organisation name generic: "Media Center", "Armed Forces", "Defence Ministry". */
export const GENERIC_ORG = set(`media information medical support executive coordination central main general local national
  international joint security police air armed defence defense interior foreign health political military special civil
  civilian democratic revolutionary popular public free united internal naval ground army state finance justice education
  reconciliation operations operational press legal relief`);
