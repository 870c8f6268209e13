/**
 * An event while the steps work on it: the trigger that states it, where it
 * sits, and what each step has filled in so far. `toEvent` turns a finished
 * draft into the record's event.
 *
 * @example
 *   const d = newDraft(rule, 10, 18, sentence, 0, false);
 *   d.actors = ['actor:navy'];
 */
import { CASUALTY_KINDS, type Certainty, type EventType, type SitEvent, type Span } from '../../core/record.js';
import type { TriggerForm, TriggerRule } from './lexicon.js';

export type CasualtyKind = (typeof CASUALTY_KINDS)[number];
export { CASUALTY_KINDS };

/** One figure as the text states it. */
export interface Figure {
  kind: CasualtyKind;
  value: number;
  approximate: boolean;
  minimum: boolean;
  upTo?: number;
  /** "rose to 76": replaces the earlier figure of the same kind. */
  update: boolean;
  /** A toll split by group ("10 children and 13 rebels"): the parts, summed in `value`. */
  parts?: { value: number; group: string }[];
  at: number;
}

export interface Draft {
  type: EventType;
  mode?: string;
  /** The mode was guessed from a weapon named nearby, not fixed by the trigger's own words. */
  modeCued: boolean;
  form: TriggerForm;
  start: number;
  end: number;
  sentence: Span;
  sentenceIndex: number;
  /** Where the mentions merged into this one were stated: a later step may look there for what the first lacks. */
  alsoAt: { start: number; end: number; sentence: Span }[];
  inHeadline: boolean;
  /** Stated with a definite or demonstrative noun ("the strikes", "such attacks"): refers back. */
  anaphoric: boolean;
  passive: boolean;
  /** Only says someone died (see `TriggerRule.weak`). */
  weak: boolean;
  actors: string[];
  targets: string[];
  place: string | null;
  /** The place comes from the paragraph, not the event's own sentence. */
  placeBorrowed: boolean;
  /** Arguments taken from neighbouring reports of the same kind of attack, not from the event's own words. */
  inferred: ('actor' | 'mode')[];
  figures: Figure[];
  date: string | null;
  datePrecision?: 'day' | 'week' | 'month';
  /** Dated well before publication: background history, not the news (PLOVER's auxiliary `historical`). */
  historical?: boolean;
  certainty: Certainty | null;
}

export function newDraft(rule: TriggerRule, start: number, end: number, sentence: Span, sentenceIndex: number, inHeadline: boolean): Draft {
  // One literal of one shape: drafts are made by the thousand.
  const d: Draft = {
    type: rule.type, form: rule.form, start, end, sentence, sentenceIndex, alsoAt: [], inHeadline, modeCued: !!rule.modeIsGuess,
    anaphoric: false, passive: false, weak: !!rule.weak, actors: [], targets: [], place: null, placeBorrowed: false,
    inferred: [], figures: [], date: null, certainty: null,
  };
  if (rule.mode) d.mode = rule.mode;
  return d;
}

/** Casualties by kind from the figures: an update replaces, otherwise the largest figure stands. */
export function tally(figures: readonly Figure[]) {
  const out: Partial<Record<CasualtyKind, Figure>> = {};
  for (const f of [...figures].sort((a, b) => a.at - b.at)) {
    const prev = out[f.kind];
    // An update replaces; otherwise an exact figure beats a vague one, then the larger wins.
    const better = !prev || f.update || (!prev.update && (prev.approximate && !f.approximate ? true : f.approximate === prev.approximate && f.value > prev.value));
    if (better) out[f.kind] = f;
  }
  return out;
}

/** The record's event, with sitrep's extra fields where they carry something. */
export function toEvent(d: Draft, claim: string | null): SitEvent {
  const figs = tally(d.figures);
  const kinds = CASUALTY_KINDS.filter((k) => figs[k]);
  const casualties = Object.fromEntries(kinds.map((k) => [k, figs[k]!.value]));
  const approximate = kinds.filter((k) => figs[k]!.approximate);
  const minimum = kinds.filter((k) => figs[k]!.minimum);
  const parts = Object.fromEntries(kinds.filter((k) => figs[k]!.parts).map((k) => [k, figs[k]!.parts!]));
  return {
    type: d.type,
    ...(d.mode ? { mode: d.mode } : {}),
    actor: d.actors[0] ?? null,
    target: d.targets[0] ?? null,
    place: d.place,
    date: d.date,
    ...(d.date && d.datePrecision && d.datePrecision !== 'day' ? { datePrecision: d.datePrecision } : {}),
    ...(kinds.length ? { casualties } : {}),
    ...(approximate.length ? { approximate } : {}),
    ...(minimum.length ? { minimum } : {}),
    ...(Object.keys(parts).length ? { casualtyParts: parts } : {}),
    ...(d.actors.length > 1 ? { actors: d.actors } : {}),
    ...(d.inferred.length || (d.place && d.placeBorrowed) ? { inferred: [...d.inferred, ...(d.place && d.placeBorrowed ? ['place' as const] : [])] } : {}),
    ...(d.targets.length > 1 ? { targets: d.targets } : {}),
    ...(d.historical ? { historical: true } : {}),
    certainty: d.certainty ?? 'asserted',
    claim,
    start: d.start,
    end: d.end,
  };
}
