/**
 * Step 5, merge: one event per happening. Mentions of the same type in one
 * sentence with no conflicting actor or target are one event ("the jets
 * struck… killing six"); a later "the strikes"/"such attacks", or a bare
 * toll, joins the attack it refers back to; repeated statements of one
 * kind by the same party in a paragraph are one; and the headline's event
 * joins the body event that reports it. A bare death with no victim, toll
 * or culprit is not kept.
 *
 * @example
 *   // headline "Jets strike rebels" + body "Navy jets struck rebel posts on Monday" → one event
 *   const events = mergeDrafts(text, drafts, seg.paragraphs);
 */
import type { Entity, Span } from '../../core/record.js';
import { lastStartingAt } from '../../core/spans.js';
import { isStateId } from '../2-entities/found.js';
import { copyDraft, type Draft } from './draft.js';

// When mentions merge, the mode that says most about the happening wins.
const MODE_RANK = ['execution', 'unconventional', 'suicide-attack', 'targeted', 'abduct', 'explosives', 'drone', 'aerial',
  'heavy-weapons', 'firearms', 'seize', 'besiege', 'torture'];
// A mode the trigger states beats one guessed from a weapon named nearby.
const rankOf = (m?: string) => (m ? (MODE_RANK.indexOf(m) + 1 || 50) : 999);
const rank = (d: Draft) => rankOf(d.mode) + (d.modeCued ? 100 : 0);
// How many sentences back a bare toll may reach, and a definite "the strikes".
const LOOKBACK = 3;
const ANAPHORA_LOOKBACK = 12;
// How many sentences apart a neighbouring report may lend its actor.
const NEIGHBOUR = 2;

const SEQUENCE = /\b(?:after|before|following|since|ago|then|later)\b/i;
const VERBAL = new Set<Draft['type']>(['REQUEST', 'ACCUSE', 'THREATEN', 'REJECT', 'AGREE', 'CONSULT', 'SUPPORT']);
const agree = (a: string[], b: string[]) => !a.length || !b.length || a.some((x) => b.includes(x));
// A conditional, denied or questioned mention is not the same happening as one told as fact.
const real = (d: Draft) => d.certainty === 'asserted' || d.certainty === 'hedged' || d.certainty === null;
const compatible = (a: Draft, b: Draft) => a.type === b.type && agree(a.actors, b.actors) && agree(a.targets, b.targets) && real(a) === real(b);
// A drone is an aircraft: "drones struck …" and then "the strikes" tell one attack.
const FAMILY: Record<string, string> = { drone: 'aerial' };
const family = (m: string) => FAMILY[m] ?? m;
const modesAgree = (a: Draft, b: Draft) => !a.mode || !b.mode || family(a.mode) === family(b.mode);
const shares = (a: Draft, b: Draft) => a.actors.some((x) => b.actors.includes(x)) || a.targets.some((x) => b.targets.includes(x));
const sharesBoth = (a: Draft, b: Draft) => a.actors[0] !== undefined && a.actors[0] === b.actors[0] && a.targets[0] !== undefined && a.targets[0] === b.targets[0];
const isBare = (d: Draft) => !d.actors.length && !d.targets.length;
// Words of fighting between sides, as opposed to one side's strike or shelling.
const FIGHT = /^(?:fight|fights|fighting|fought|battles?|clash(?:es|ed)?|combat|firefights?)$/i;
// The sides of a fight agree in either order: "A fought B" and "a battle between B and A".
const sides = (a: Draft, b: Draft) => (agree(a.actors, b.actors) && agree(a.targets, b.targets)) || (agree(a.actors, b.targets) && agree(a.targets, b.actors));
const BARE_STRIKE = /^strikes?$/i;
// "The attack came a day after strikes killed 26": what a clause after "after"/"before" tells happened at another time.
const SEQUENCE_BEFORE = /\b(?:after|before|following|since)\b[^.;:,]{0,80}$/i;

/**
 * Whether two drafts name places that cannot be one happening's: different governorates,
 * or different countries. A place taken from a neighbouring sentence does not count, and
 * a country holds its towns ("in Syria" then "in Idlib" may be one strike).
 */
function placesClash(a: Draft, b: Draft, byId: ReadonlyMap<string, Entity>): boolean {
  if (!a.place || !b.place || a.placeBorrowed || b.placeBorrowed || a.place === b.place) return false;
  const x = byId.get(a.place);
  const y = byId.get(b.place);
  if (!x || !y) return false;
  if (x.country && y.country && x.country !== y.country) return true;
  return !!x.admin1 && !!y.admin1 && x.admin1 !== y.admin1;
}

/** `keep` absorbs `other`: its arguments fill gaps, its figures join, the more telling mode wins. */
function absorb(keep: Draft, other: Draft, fillOnly = false): Draft {
  // A headline's mode, like its figures, only fills a gap: the body names the weapon with more words around it.
  const moder = fillOnly && keep.mode ? keep : rank(other) < rank(keep) ? other : keep;
  const kinds = new Set(keep.figures.map((f) => f.kind));
  // A headline's figures only fill kinds the body leaves out: the body's are the considered ones.
  const figures = [...keep.figures, ...other.figures.filter((f) => !fillOnly || !kinds.has(f.kind))];
  const x = copyDraft(keep);
  if (moder.mode) x.mode = moder.mode;
  x.modeCued = moder.modeCued;
  x.weak = keep.weak && other.weak;
  x.actors = [...keep.actors, ...other.actors.filter((a) => !keep.actors.includes(a))];
  // One side's actor named as the other's target ("jets struck… where five were killed") stays the actor.
  x.targets = [...keep.targets, ...other.targets.filter((t) => !keep.targets.includes(t))].filter((t) => !keep.actors.includes(t) && !other.actors.includes(t));
  x.place = keep.place ?? other.place;
  x.alsoAt = [...keep.alsoAt, { start: other.start, end: other.end, sentence: other.sentence }, ...other.alsoAt];
  x.figures = figures;
  return x;
}

/** The index of the paragraph holding an offset, or -1: paragraphs are sorted and do not overlap, so a binary search finds it. */
function paragraphOf(paras: readonly Span[], at: number): number {
  const i = lastStartingAt(paras, at);
  return i >= 0 && at < paras[i]!.end ? i : -1;
}

export function mergeDrafts(text: string, drafts: readonly Draft[], paragraphs: readonly Span[], byId: ReadonlyMap<string, Entity> = new Map()): Draft[] {
  // "The shelling came two days after rebels ambushed a patrol": words of sequence between two mentions make two happenings.
  // A bare death word ("after eliminating …") still joins the attack around it.
  const apart = (a: Draft, b: Draft) => !b.weak && a.sentenceIndex === b.sentenceIndex && SEQUENCE.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  const head = drafts.filter((d) => d.inHeadline);
  // "Six died in Russian air strikes on …", "30 were killed in the fighting": a toll told before an attack in its own
  // sentence waits to join that one, or the one that attack points back to.
  const waits = new Set<Draft>();
  drafts.forEach((d, i) => {
    if (!d.weak) return;
    for (let j = i + 1; j < drafts.length && drafts[j]!.sentenceIndex === d.sentenceIndex; j++) {
      const x = drafts[j]!;
      if (!x.weak && !x.inHeadline && compatible(x, d)) { waits.add(d); return; }
    }
  });
  /** `out[into]` absorbs `d`, and the tolls of d's sentence that waited for it. */
  const joinBack = (into: number, d: Draft, fillOnly = false) => {
    out[into] = absorb(out[into]!, d, fillOnly);
    for (let j = out.length - 1; j > into && out[j]!.sentenceIndex === d.sentenceIndex; j--) {
      if (waits.has(out[j]!)) {
        out[into] = absorb(out[into]!, out[j]!);
        out.splice(j, 1);
      }
    }
  };
  const out: Draft[] = [];
  for (const d of drafts.filter((x) => !x.inHeadline)) {
    const para = paragraphOf(paragraphs, d.start);
    // "the strikes" points back to an earlier attack before it joins a neighbour in its own sentence.
    // Of the attacks it may mean, "the drone attack" takes the last one of its own mode before one of a related mode (an air strike).
    const backTo = (ok: (x: Draft) => boolean) => out.findLastIndex((x) => x.sentenceIndex < d.sentenceIndex && d.sentenceIndex - x.sentenceIndex <= ANAPHORA_LOOKBACK
      && compatible(x, d) && ok(x) && !placesClash(x, d, byId));
    const pointsBack = d.anaphoric && d.type === 'ASSAULT';
    const exact = pointsBack && d.mode ? backTo((x) => x.mode === d.mode) : -1;
    const back = exact >= 0 ? exact : pointsBack ? backTo((x) => modesAgree(x, d)) : -1;
    if (back >= 0) {
      joinBack(back, d);
      continue;
    }
    // "The strike cut power" after a missile attack: a bare "strike" only guessed its weapon, so it may point back
    // to an attack of any kind, and then only fills what that one's report leaves out.
    const anyBack = pointsBack && d.modeCued && BARE_STRIKE.test(text.slice(d.start, d.end)) ? backTo(() => true) : -1;
    if (anyBack >= 0) {
      joinBack(anyBack, d, true);
      continue;
    }
    const same = out.findLastIndex((x) => x.sentenceIndex === d.sentenceIndex && compatible(x, d) && !apart(x, d));
    if (same >= 0) {
      // The primary mention is the one with the more telling mode; the other fills its gaps.
      const x = out[same]!;
      out[same] = rank(d) < rank(x) && !x.actors.length === !d.actors.length ? absorb(d, x) : absorb(x, d);
      continue;
    }
    // A bare toll or "the attack" in a clause of sequence ("a day after 100 were killed") is an earlier happening, not this one.
    const refersBack = d.type === 'ASSAULT' && (d.anaphoric || (d.weak && isBare(d)) || (d.form !== 'verb' && isBare(d) && !d.place))
      && !waits.has(d) && !SEQUENCE_BEFORE.test(text.slice(d.sentence.start, d.start));
    const earlier = out.findLastIndex((x) => d.sentenceIndex - x.sentenceIndex <= LOOKBACK && compatible(x, d) && modesAgree(x, d) && !apart(x, d) && !placesClash(x, d, byId));
    if (earlier >= 0 && refersBack) {
      out[earlier] = absorb(out[earlier]!, d);
      continue;
    }
    // One statement often carries several demands or accusations by the same party: one event.
    const said = VERBAL.has(d.type)
      ? out.findLastIndex((x) => x.type === d.type && agree(x.actors, d.actors) && paragraphOf(paragraphs, x.start) === para) : -1;
    if (said >= 0) {
      out[said] = absorb(out[said]!, d);
      continue;
    }
    // The same capture or siege of the same place told twice close together is one happening;
    // the telling that names who did it keeps the span.
    const retold = d.type === 'ASSAULT' && d.place && !d.figures.length
      ? out.findLastIndex((x) => d.sentenceIndex - x.sentenceIndex <= LOOKBACK && compatible(x, d) && (x.mode ?? '') === (d.mode ?? '')
        && x.place === d.place && !x.placeBorrowed && (d.placeBorrowed ? sharesBoth(x, d) : d.mode !== undefined || shares(x, d))) : -1;
    if (retold >= 0) {
      const x = out[retold]!;
      out[retold] = !x.actors.length && d.actors.length ? absorb(d, x) : absorb(x, d);
      continue;
    }
    // "a militia offensive" after "the raid the militia launched": a bare noun naming the same side's attack again.
    // Not when its sentence gives a toll ("Daesh bombings in February left 134 dead"): that is a happening of its own.
    const again = d.type === 'ASSAULT' && d.form === 'noun' && d.actors.length && !d.targets.length && !d.figures.length
      && !drafts.some((x) => x.sentenceIndex === d.sentenceIndex && x.figures.length)
      ? out.findLastIndex((x) => x.type === 'ASSAULT' && d.sentenceIndex - x.sentenceIndex <= ANAPHORA_LOOKBACK && x.actors[0] === d.actors[0] && modesAgree(x, d)) : -1;
    if (again >= 0) {
      out[again] = absorb(out[again]!, d);
      continue;
    }
    // "fighting is continuing in Mosul" … "troops fight to clear Mosul" … "after a battle in Mosul": the fight for one
    // place, told again anywhere in the article, is one happening, whichever side each telling names first.
    const fight = d.type === 'ASSAULT' && d.place && !d.placeBorrowed && FIGHT.test(text.slice(d.start, d.end))
      ? out.findLastIndex((x) => x.type === 'ASSAULT' && x.place === d.place && real(x) === real(d) && FIGHT.test(text.slice(x.start, x.end)) && sides(x, d)) : -1;
    if (fight >= 0) {
      out[fight] = absorb(out[fight]!, d);
      continue;
    }
    out.push(d);
  }
  for (const h of head) {
    // A headline's mode guessed from a loose word ("regime bombs") yields to the body's account of the weapon.
    const score = (x: Draft) => (compatible(x, h) && (modesAgree(x, h) || h.modeCued) ? 1 + Number(agree(x.actors, h.actors) && x.actors.length > 0) * 2 + Number(x.mode === h.mode) : 0);
    let best = -1;
    out.forEach((x, i) => { if (score(x) > 0 && (best < 0 || score(x) > score(out[best]!))) best = i; });
    if (best >= 0) out[best] = absorb(out[best]!, h, true);
    else out.push(h);
  }
  const kept = out.filter((d) => !(d.weak && isBare(d) && !d.figures.length));
  const byAir = kept.map((d) => {
    if (!bombedByState(text, d, byId)) return d;
    const x = copyDraft(d);
    x.mode = 'aerial';
    return x;
  });
  return withNeighbourActors(withParagraphModes(byAir, paragraphs), paragraphs).sort((a, b) => a.start - b.start);
}

// "regime bombing", "killed by Russian bombing": a bomb with no planted device, blast or explosion named around it.
const BOMB_WORD = /^bomb(?:s|ing|ings)?$/i;
const BOMB_NEAR = /\bbomb(?:s|ing|ings)?\b/i;
const PLANTED = /\b(?:car|truck|roadside|suicide|explosive|explosives|ieds?|planted|device|devices|booby|detonat\w*|belt|vest|blasts?|explosions?|exploded)\b/i;

/** A state or a coalition of states bombs from the air: its "bombing" is an air raid unless a planted device is named. */
function bombedByState(text: string, d: Draft, byId: ReadonlyMap<string, Entity>): boolean {
  if (d.mode !== 'explosives' || !d.actors.length) return false;
  const sentence = text.slice(d.sentence.start, d.sentence.end);
  // a telling's word is the bomb word, or took its mode from one nearby ("killed by regime bombing")
  const bomb = [d, ...d.alsoAt].some((x) => BOMB_WORD.test(text.slice(x.start, x.end))) || (d.modeCued && BOMB_NEAR.test(sentence));
  if (!bomb || PLANTED.test(sentence)) return false;
  const id = d.actors[0]!;
  return isStateId(id) || /\bcoalition\b/i.test(byId.get(id)?.name ?? '');
}

/** Modes that say how a place was taken or shut in, not what killed anyone: never lent to a neighbour. */
const NOT_A_WEAPON = new Set(['seize', 'besiege']);

/** An attack whose own words give no mode takes the mode of the nearest attack in its paragraph that names a weapon. */
function withParagraphModes(events: Draft[], paragraphs: readonly Span[]): Draft[] {
  const paras = events.map((x) => paragraphOf(paragraphs, x.start));
  return events.map((d, i) => {
    if (d.type !== 'ASSAULT' || d.mode) return d;
    const near = events.filter((x, j) => x.type === 'ASSAULT' && x.mode && !NOT_A_WEAPON.has(x.mode) && x !== d && paras[j] === paras[i])
      .sort((a, b) => Math.abs(a.start - d.start) - Math.abs(b.start - d.start))[0];
    if (!near?.mode) return d;
    const x = copyDraft(d);
    x.mode = near.mode;
    x.inferred = [...d.inferred, 'mode'];
    return x;
  });
}

/** An attack told without its author ("five were killed in air strikes") takes the author of the same kind of attack reported next to it. */
function withNeighbourActors(events: Draft[], paragraphs: readonly Span[]): Draft[] {
  const paras = events.map((x) => paragraphOf(paragraphs, x.start));
  return events.map((d, i) => {
    if (d.type !== 'ASSAULT' || d.actors.length || !d.mode) return d;
    const near = events.filter((x, j) => x !== d && x.type === 'ASSAULT' && x.actors.length && x.mode === d.mode
      && Math.abs(x.sentenceIndex - d.sentenceIndex) <= NEIGHBOUR && paras[j] === paras[i] && !d.targets.includes(x.actors[0]!))
      .sort((a, b) => Math.abs(a.start - d.start) - Math.abs(b.start - d.start))[0];
    if (!near) return d;
    const x = copyDraft(d);
    x.actors = [near.actors[0]!];
    x.inferred = [...d.inferred, 'actor'];
    return x;
  });
}
