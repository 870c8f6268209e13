/**
 * Step 07: one entity per real-world thing.
 *
 * **States.** A country whose name is first used as a location ("in
 * Syria") is the theatre: the country stays a place and its forces and
 * government ("Syrian troops", "Damascus said", "the regime") are a
 * separate actor, the Syrian government. A country named only as an agent
 * ("Russia struck", "Russian jets", "Moscow said") is one actor under its
 * own name. A capital used once as an agent is its government throughout.
 *
 * **Descriptions.** "government forces" → the theatre's government;
 * "the Kurds" → the article's Kurdish armed group; "U.S.-backed
 * militias" → the group the U.S. is known to back that the article names;
 * "coalition" → the U.S.-led coalition when the article names it.
 * Unresolved descriptions are dropped, not guessed.
 *
 * @example
 *   resolve(found, gaz) // "Syrian troops … in Syria" → actor:gov-SY and country:SY; "Russian jets" → country:RU (actor)
 */
import type { EntityType } from '../../core/record.js';
import { list, type Gazetteer } from '../../gazetteer/index.js';
import { GENERIC, type Found } from './found.js';
import { govId } from './05-phrases.js';

const COALITION = /\bcoalition\b/i;

export interface Resolved {
  found: Found[];
  /** The type of each state and government entity, decided by use. */
  types: Map<string, EntityType>;
  /** Names of government entities not in the gazetteer ("Lebanese government"). */
  names: Map<string, string>;
}

const KURDS = 'actor:kurds';

export function resolve(found: readonly Found[], gaz: Gazetteer): Resolved {
  const types = new Map<string, EntityType>();
  const names = new Map<string, string>();
  const byCountry = new Map<string, Found[]>();
  for (const f of found) if (f.country) (byCountry.get(f.country) ?? byCountry.set(f.country, []).get(f.country)!).push(f);

  // towns, provinces and facilities inside each country: where the story happens
  const inside = new Map<string, number>();
  for (const f of found) {
    // capitals do not count: they are as often their governments ("Washington does")
    const e = f.kind === 'name' ? gaz.byId.get(f.id) : undefined;
    if (e?.country && !e.id.startsWith('country:') && (e.type === 'place' || e.type === 'facility')) inside.set(e.country, (inside.get(e.country) ?? 0) + 1);
  }
  const rewrite = new Map<Found, Found>();
  const theatres: string[] = [];
  function typeGovernment(cc: string): void {
    types.set(govId(cc), 'actor');
    const dem = list(gaz.countries.get(cc)?.attrs.demonyms)[0];
    names.set(govId(cc), gaz.byId.get(govId(cc))?.name ?? `${dem ?? gaz.countries.get(cc)?.name ?? cc} government`);
  }
  for (const [cc, fs] of byCountry) {
    const country = `country:${cc}`;
    const isBare = (f: Found) => f.id === country && f.kind === 'name';
    const bare = fs.filter(isBare);
    // the first use that says anything decides; a country never named as an agent where the story happens inside
    // it is the theatre all the same
    const decisive = bare.filter((f) => f.use !== undefined);
    const agents = decisive.filter((f) => f.use === 'agent').length;
    // a country named as a place more often than as an agent, whose forces or government also act, is the theatre
    // whatever its first use: "Syria said …" first, then "in Syria" throughout
    const places = decisive.length - agents;
    const theatre = decisive[0]?.use === 'place' || (agents === 0 && (inside.get(cc) ?? 0) > 0)
      || (places > agents && fs.some((f) => f.kind === 'gov'));
    if (theatre) theatres.push(cc);
    // a capital used as an agent anywhere is the government everywhere (one name, one entity)
    const capitalAgent = fs.some((f) => f.kind === 'capital' && f.use === 'agent');
    for (const f of fs) {
      if (f.kind === 'capital') { if (capitalAgent) rewrite.set(f, { ...f, id: theatre ? govId(cc) : country, kind: 'gov' }); continue; }
      if (!theatre && f.kind === 'gov') rewrite.set(f, { ...f, id: country });
      // where the story happens inside the country, the country named as an agent ("Sudan's army", "Syria said") is its state
      if (theatre && f.use === 'agent' && isBare(f)) rewrite.set(f, { ...f, id: govId(cc), kind: 'gov' });
    }
    if (theatre) {
      types.set(country, 'place');
      typeGovernment(cc);
    } else {
      // the first use that says anything; a state named only in passing ("Russian blood") is still an actor
      const decisive = fs.find((f) => f.kind === 'gov' || (f.kind === 'capital' && capitalAgent) || (f.use !== undefined && f.kind !== 'capital'));
      types.set(country, decisive?.use === 'place' && decisive.kind !== 'gov' ? 'place' : 'actor');
    }
  }
  // "the regime shelled Douma" in a story that never names Syria: the country its towns lie in is the theatre
  if (!theatres.length) {
    const [home] = [...inside].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (home) { theatres.push(home); typeGovernment(home); }
  }
  const settled = found.map((f) => rewrite.get(f) ?? f);

  const count = new Map<string, number>();
  for (const f of settled) if (f.kind !== 'generic') count.set(f.id, (count.get(f.id) ?? 0) + 1);
  const present = [...count.keys()];
  const mostMentioned = (ids: string[]) => ids.sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || present.indexOf(a) - present.indexOf(b))[0];

  /** "the regime", "government forces": the government of the theatre where most of the story happens. */
  const weight = (cc: string) => (byCountry.get(cc)?.length ?? 0) + 2 * (inside.get(cc) ?? 0);
  const theatre = [...theatres].sort((a, b) => weight(b) - weight(a))[0];
  function government(): string | undefined {
    return theatre ? govId(theatre) : undefined;
  }

  const out: Found[] = [];
  // States' forces named in the text ("Turkish troops", "Iraqi army"), as settled: "the army" is the last of them before it.
  const forces = settled.filter((f, i) => found[i]!.kind === 'gov');
  const forcesBefore = (at: number) => forces.reduce<Found | undefined>((last, g) => (g.start < at && (!last || g.start > last.start) ? g : last), undefined)?.id;
  for (const f of settled) {
    if (f.kind !== 'generic') { out.push(f); continue; }
    let id: string | undefined;
    if (f.id === GENERIC.government) id = government();
    else if (f.id === GENERIC.army) id = forcesBefore(f.start) ?? government();
    else if (f.id === GENERIC.kurdish) id = mostMentioned(present.filter((p) => gaz.byId.get(p)?.attrs.group === 'kurdish')) ?? KURDS;
    // "the coalition": the coalition the article names (the U.S.-led one, the Saudi-led one…), the most named if several
    else if (f.id === GENERIC.coalition) id = mostMentioned(present.filter((p) => COALITION.test(gaz.byId.get(p)?.name ?? '')));
    else {
      const sponsor = f.id.slice(GENERIC.backedBy('').length);
      id = mostMentioned(present.filter((p) => list(gaz.byId.get(p)?.attrs.backers).includes(sponsor)));
    }
    if (id) out.push({ ...f, id, kind: id.startsWith('actor:gov-') ? 'gov' : 'name' });
  }
  if (out.some((f) => f.id === KURDS)) { names.set(KURDS, 'Kurds'); types.set(KURDS, 'actor'); }
  return { found: out, types, names };
}
