/**
 * Step 05: how each name is used, and the phrases that name a state's
 * forces without its name.
 *
 * - A country named as an agent ("Russia struck", "US-backed") or as a
 *   location ("in Syria", "eastern Syria", "Syria's oil-rich territory").
 * - A capital as its government ("Damascus had to", "pro-Damascus") or as a city.
 * - Demonyms: "Syrian troops", "the Russians" → the state's forces;
 *   "Syrian territory" → the country; "Syrian oil" → the country, as an adjective.
 * - A leader's forces: "Assad's forces", "Assad administration" → the Syrian government.
 * - Descriptions resolved later: "government forces", "the Kurds",
 *   "U.S.-backed militias", "coalition".
 *
 * @example
 *   phrases(tokens, text, items, gaz)
 *   // "Russian jets struck" → [{ id: 'actor:gov-RU', kind: 'gov', use: 'agent', start: 0, end: 12 }]
 */
import type { Gazetteer, GazetteerEntry } from '../../gazetteer/index.js';
import { Sep, type Token } from './01-tokens.js';
import { GENERIC, type Found, type Use } from './found.js';
import { reusable } from '../../core/reusable.js';
import {
  AGENT_MODIFIERS, AGENT_NOUNS, AGENT_PARTICIPLES, AGENT_VERBS, ATTACK_NOUNS, DIRECTIONS, GENERIC_FORCES, GOVERNING_VERBS, LAND_NOUNS, LOCATIVE,
  POPULATION_BEFORE, SPEECH,
} from './lexicon.js';

/** A known name in the text, with its chosen entry. */
export interface Item {
  start: number;
  end: number;
  t0: number;
  t1: number;
  id: string;
}

const RESOURCE = new Set(['oil', 'gas', 'field', 'fields', 'oilfields', 'wealth', 'resources', 'petroleum', 'east', 'west', 'north', 'south', 'northeast', 'northwest', 'southeast', 'southwest', 'interior', 'heartland', 'capital', 'cities', 'towns', 'provinces']);
const PLACE_AFTER_CAPITAL = new Set(['suburbs', 'suburb', 'countryside', 'outskirts', 'old', 'streets', 'airport', 'centre', 'center', 'university', 'province', 'governorate', 'residents', 'neighbourhoods', 'neighborhoods', 'districts']);

/** First letters of the words `generic` looks at, one bit per letter a–z. */
const GENERIC_INITIALS = [...'grkcbamf'].reduce((bits, ch) => bits | (1 << (ch.charCodeAt(0) - 97)), 0);

export const govId = (country: string) => `actor:gov-${country}`;

/** Which known name covers each word, -1 for none. */
const coverFor = reusable((n) => new Int32Array(n));

export function phrases(tokens: readonly Token[], text: string, items: readonly Item[], gaz: Gazetteer): Found[] {
  const out: Found[] = [];
  const cover = coverFor(tokens.length, -1);
  items.forEach((it, k) => { for (let t = it.t0; t < it.t1; t++) cover[t] = k; });
  const covered = (t: number) => cover[t] ?? -1;
  const itemAt = (t: number) => items[covered(t)];
  const gap = (a: number, b: number) => (tokens[a] && tokens[b] ? text.slice(tokens[a]!.end, tokens[b]!.start) : '\n');
  const glued = (a: number) => (tokens[a]?.sep === Sep.Hyphen || tokens[a]?.sep === Sep.SpacedHyphen);
  const key = (t: number) => tokens[t]?.key ?? '';

  /** End token (exclusive) of "[modifier] agent-noun" after token t, or -1. */
  function agentNounAfter(t: number): number {
    let k = t + 1;
    // up to two modifiers: "Iraqi counter-terrorism forces", "Syrian special operations forces"
    for (let n = 0; n < 2 && tokens[k] && AGENT_MODIFIERS.has(key(k)) && !tokens[k - 1]!.poss && /^[\s-]*$/.test(gap(k - 1, k)); n++) {
      if (AGENT_NOUNS.has(key(k + 1)) || (n === 0 && AGENT_MODIFIERS.has(key(k + 1)) && /^[\s-]*$/.test(gap(k, k + 1)) && AGENT_NOUNS.has(key(k + 2)))) k++;
      else break;
    }
    return tokens[k] && AGENT_NOUNS.has(key(k)) && /^[\s-]*$/.test(gap(k - 1, k)) ? k + 1 : -1;
  }

  const uses = new Map<number, Use>();
  /** How a country's name is used; undefined where the words around it do not say ("Syria's civil war", "ruled Syria"). */
  function countryUse(it: Item): Use | undefined {
    if (glued(it.t1 - 1) && AGENT_PARTICIPLES.has(key(it.t1))) return 'agent';
    let p = it.t0 - 1;
    // "killed in US air strikes", "fired on by US jets": the name before an attack or its forces is their author,
    // whatever preposition comes first ("the Syria strikes" may be strikes on Syria)
    if (key(p) !== 'the' && (attackAfter(it.t1 - 1) || agentNounAfter(it.t1 - 1) > 0)) return 'agent';
    // "in Iraq and Syria": the preposition governs both
    if (p >= 1 && (key(p) === 'and' || key(p) === 'or' || /^\s*[,&]\s*$/.test(gap(p, p + 1))) ) {
      const q = /^\s*[,&]\s*$/.test(gap(p, p + 1)) ? p : p - 1;
      if (covered(q) >= 0 && uses.get(covered(q)) === 'place') return 'place';
    }
    if (p >= 0 && DIRECTIONS.has(key(p)) && /^\s+$/.test(gap(p, p + 1))) return 'place'; // "eastern Syria", not "…from the south. Russia said"
    while (p >= 0 && (key(p) === 'the' || key(p) === 'all')) p--;
    if (p >= 0 && LOCATIVE.has(key(p)) && /^\s+$/.test(gap(p, p + 1))) return 'place';
    if (p >= 0 && key(p) === 'of' && p > 0 && (DIRECTIONS.has(key(p - 1)) || ['parts', 'part', 'rest', 'areas', 'much', 'most', 'outside'].includes(key(p - 1)))) return 'place';
    // "Mosul, Iraq"
    if (p >= 0 && /^,\s*$/.test(gap(p, p + 1)) && covered(p) >= 0 && gaz.byId.get(itemAt(p)!.id)?.type === 'place' && !itemAt(p)!.id.startsWith('country:')) return 'place';
    const last = tokens[it.t1 - 1]!;
    if (last.poss) for (let k = it.t1; k < Math.min(tokens.length, it.t1 + 4); k++) if (LAND_NOUNS.has(key(k)) || RESOURCE.has(key(k))) return 'place';
    return agentCue(it) ? 'agent' : undefined;
  }

  /** "Russia struck", "Russia said", "accused Russia", "Russia's army", "pro-Russia", "Syria-Russia", "Syria/Russia/Iran". */
  function agentCue(it: Item): boolean {
    const next = it.t1, prev = it.t0 - 1;
    if ((AGENT_VERBS.has(key(next)) || SPEECH.has(key(next))) && tokens[next - 1]!.sep === Sep.Space) return true;
    if (prev >= 0 && GOVERNING_VERBS.has(key(prev))) return true;
    if (prev >= 0 && key(prev) === 'pro' && glued(prev)) return true;
    if (tokens[it.t1 - 1]!.poss && (AGENT_NOUNS.has(key(next)) || AGENT_NOUNS.has(key(next + 1)))) return true;
    // a pair or a list of states: "Syria-Russia alliances", "Syria/Russia/Iran"
    const paired = (a: number, b: number) => covered(b) >= 0 && covered(b) !== covered(a) && /^[-‐–/]$/.test(gap(a, b)) && gaz.byId.get(itemAt(b)!.id)?.id.startsWith('country:');
    return !!(paired(it.t1 - 1, next) || (prev >= 0 && paired(prev, it.t0)));
  }

  function capitalUse(it: Item): Use {
    const last = tokens[it.t1 - 1]!;
    const prev = it.t0 - 1;
    // "parts of Damascus have remained", "fire on Damascus has wounded": after a preposition it is the city
    // (in the same sentence: "…in the south. Damascus said" is the government speaking)
    if (prev >= 0 && /^\s+$/.test(gap(prev, prev + 1)) && (LOCATIVE.has(key(prev)) || DIRECTIONS.has(key(prev)) || key(prev) === 'of' || key(prev) === 'on')) return 'place';
    if (last.poss) return PLACE_AFTER_CAPITAL.has(key(it.t1)) ? 'place' : 'agent';
    if (prev >= 0 && key(prev) === 'pro' && glued(prev)) return 'agent';
    // "armed by Washington", "backed by Moscow": the agent of a participle
    if (prev >= 1 && key(prev) === 'by' && /ed$/.test(key(prev - 1))) return 'agent';
    if ((AGENT_VERBS.has(key(it.t1)) || SPEECH.has(key(it.t1))) && /^\s+$/.test(gap(it.t1 - 1, it.t1))) return 'agent';
    if (prev >= 0 && GOVERNING_VERBS.has(key(prev))) return 'agent';
    // "the Syrian government or Moscow"
    if (prev >= 1 && (key(prev) === 'or' || key(prev) === 'and') && covered(prev - 1) >= 0) {
      const e = gaz.byId.get(itemAt(prev - 1)!.id);
      if (e && (e.type === 'actor' || e.attrs.state)) return 'agent';
    }
    if (prev >= 1 && (key(prev) === 'or' || key(prev) === 'and') && out.some((f) => f.kind === 'gov' && f.end === tokens[prev - 1]!.end)) return 'agent';
    return 'place';
  }

  // known names
  items.forEach((it, k) => {
    const e = gaz.byId.get(it.id);
    if (!e) return;
    if (e.id.startsWith('country:') && e.country) {
      const use = countryUse(it);
      if (use) uses.set(k, use);
      out.push({ start: it.start, end: it.end, id: e.id, kind: 'name', use, country: e.country });
      return;
    }
    if (e.type === 'place') uses.set(k, 'place');
    if (e.attrs.state) {
      // "Iraqi government forces": the forces are the government
      const end = AGENT_NOUNS.has(key(it.t1)) && /^\s+$/.test(gap(it.t1 - 1, it.t1)) && covered(it.t1) < 0 ? tokens[it.t1]!.end : it.end;
      out.push({ start: it.start, end, id: e.id, kind: 'gov', use: 'agent', country: e.attrs.state });
      return;
    }
    if (e.attrs.capitalOf) { out.push({ start: it.start, end: it.end, id: e.id, kind: 'capital', use: capitalUse(it), country: e.attrs.capitalOf }); return; }
    if (e.type === 'person' && e.attrs.leads) {
      const end = leaderPhrase(it);
      if (end > 0) { out.push(ledBy(e, it.start, tokens[end - 1]!.end)); return; }
    }
    out.push({ start: it.start, end: it.end, id: e.id, kind: 'name' });
  });

  /** "Assad's forces", "Assad's Russian-backed military", "Assad administration": end token of the phrase, or -1. */
  function leaderPhrase(it: Item): number {
    const k = agentNounAfter(it.t1 - 1);
    if (k > 0) return k;
    if (!tokens[it.t1 - 1]!.poss) return -1;
    // one or two words between: "Assad's Russian-backed military"
    for (let s = it.t1; s < Math.min(tokens.length, it.t1 + 3); s++) if (AGENT_NOUNS.has(key(s))) return s + 1;
    return -1;
  }

  function ledBy(leader: GazetteerEntry, start: number, end: number): Found {
    const target = gaz.byId.get(leader.attrs.leads!);
    const state = target?.attrs.state;
    return state ? { start, end, id: target!.id, kind: 'gov', use: 'agent', country: state } : { start, end, id: leader.attrs.leads!, kind: 'name' };
  }

  // demonyms and descriptions outside known names
  for (let t = 0; t < tokens.length; t++) {
    if (covered(t) >= 0) continue;
    const tok = tokens[t]!;
    const dem = tok.cap ? gaz.demonyms.get(tok.key) : undefined;
    if (dem) {
      const c = dem.country;
      /** The state's forces or government, named from the demonym to `end`. */
      const state = (end: number): Found => ({ start: tok.start, end, id: govId(c), kind: 'gov', use: 'agent', country: c });
      if (dem.people) {
        // "thousands of Syrians", "buses carrying Syrians": the people, not their state
        if (!(t > 0 && POPULATION_BEFORE.has(key(t - 1)))) out.push(state(tok.end));
        continue;
      }
      if (glued(t) && AGENT_PARTICIPLES.has(key(t + 1))) { out.push(state(tok.end)); continue; }
      const k = agentNounAfter(t);
      if (k > 0 && covered(k - 1) < 0) { out.push(state(tokens[k - 1]!.end)); t = k - 1; continue; }
      // "Russian air strikes", "Turkish shelling": the state is who attacks; the attack noun stays outside the name
      if (attackAfter(t)) { out.push(state(tok.end)); continue; }
      const land = LAND_NOUNS.has(key(t + 1)) ? t + 2 : -1;
      if (land > 0) { out.push({ start: tok.start, end: tokens[land - 1]!.end, id: `country:${c}`, kind: 'demonym', use: 'place', country: c }); t = land - 1; continue; }
      out.push({ start: tok.start, end: tok.end, id: `country:${c}`, kind: 'demonym', country: c });
      continue;
    }
    generic(t);
  }

  function generic(t: number): void {
    const tok = tokens[t]!;
    const k = tok.key;
    // the first letter rules out most words before any string comparison (nine of those per word showed in profiles)
    const c = k.charCodeAt(0) - 97;
    if (!(c >= 0 && c < 26 && (GENERIC_INITIALS >> c) & 1)) return;
    if (k !== 'government' && k !== 'regime' && k !== 'kurds' && k !== 'kurdish' && k !== 'coalition' && k !== 'backed' && k !== 'army' && k !== 'military' && k !== 'forces') return;
    // "the army said", "the military denied", "the armed forces said": a state's forces named before, or the theatre's
    if (k === 'army' || k === 'military' || k === 'forces') {
      // "armed forces" is two words; the phrase starts at its first
      const first = k === 'forces' ? t - 1 : t;
      if (k === 'forces' && key(first) !== 'armed') return;
      if (tok.cap || first < 1 || key(first - 1) !== 'the' || key(t + 1) === 'of' || covered(first) >= 0 || covered(t) >= 0) return;
      out.push({ start: tokens[first]!.start, end: tok.end, id: GENERIC.army, kind: 'generic', use: 'agent' });
      return;
    }
    // "government forces", "regime troops", "the regime", "the government"
    // Capitalised only because it opens a sentence or a headline: "Regime forces shelled …", "Government Troops Advance".
    const opensSentence = t === 0 || /[.!?:"“”\n]\s*$/.test(gap(t - 1, t));
    const attack = k === 'regime' || k === 'government' ? attackAfter(t) : false;
    if ((k === 'government' || k === 'regime') && (!tok.cap || opensSentence || attack)) {
      if (t > 0 && (key(t - 1) === 'pro' || key(t - 1) === 'anti') && glued(t - 1)) return;
      if (glued(t) && AGENT_PARTICIPLES.has(key(t + 1))) return;
      // "regime bombing", "government air strikes": the regime is who attacks.
      if (attack) { out.push({ start: tok.start, end: tok.end, id: GENERIC.government, kind: 'generic', use: 'agent' }); return; }
      const noun = AGENT_NOUNS.has(key(t + 1)) && /^\s+$/.test(gap(t, t + 1)) ? t + 1 : -1;
      // not "the government of Iraq", which names its country; "accused the regime of shelling" is the theatre's
      if (noun > 0 || (t > 0 && key(t - 1) === 'the' && (key(t + 1) !== 'of' || !tokens[t + 2]?.cap) && !tokens[t + 1]?.cap)) {
        out.push({ start: tok.start, end: tokens[noun > 0 ? noun : t]!.end, id: GENERIC.government, kind: 'generic', use: 'agent' });
      }
      return;
    }
    // "the Kurds", "Kurdish forces", "Kurdish-led fighters"
    if ((k === 'kurds' || k === 'kurdish') && tok.cap) {
      if (k === 'kurds') { out.push({ start: tok.start, end: tok.end, id: GENERIC.kurdish, kind: 'generic', use: 'agent' }); return; }
      let n = t + 1;
      if (glued(t) && key(n) === 'led') n++;
      if (GENERIC_FORCES.has(key(n)) && covered(n) < 0) out.push({ start: tok.start, end: tokens[n]!.end, id: GENERIC.kurdish, kind: 'generic', use: 'agent' });
      return;
    }
    // "the coalition", not "a coalition of militias"
    if (k === 'coalition' && (!tok.cap || tok.initial) && covered(t) < 0 && key(t - 1) !== 'a' && key(t + 1) !== 'of') { out.push({ start: tok.start, end: tok.end, id: GENERIC.coalition, kind: 'generic', use: 'agent' }); return; }
    // "U.S.-backed militias": the sponsor is the name before the hyphen
    if (k === 'backed' && t > 0 && glued(t - 1) && GENERIC_FORCES.has(key(t + 1)) && covered(t + 1) < 0) {
      const sponsor = sponsorOf(t - 1);
      if (sponsor) out.push({ start: tokens[t + 1]!.start, end: tokens[t + 1]!.end, id: GENERIC.backedBy(sponsor), kind: 'generic', use: 'agent' });
    }
  }

  /** Whether an attack noun follows token t, maybe after "air" ("regime air strikes"). */
  function attackAfter(t: number): boolean {
    if (t + 1 >= tokens.length || !/^\s+$/.test(gap(t, t + 1))) return false;
    return ATTACK_NOUNS.has(key(t + 1)) || (key(t + 1) === 'air' && ATTACK_NOUNS.has(key(t + 2)));
  }

  /** The country code or actor id named by the token before "-backed". */
  function sponsorOf(t: number): string | null {
    if (covered(t) >= 0) {
      const e = gaz.byId.get(itemAt(t)!.id);
      return e?.country && (e.id.startsWith('country:') || e.attrs.state) ? e.country : e?.id ?? null;
    }
    return gaz.demonyms.get(key(t))?.country ?? null;
  }

  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
