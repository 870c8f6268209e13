/**
 * Stage 4, events: who did what to whom, where, when, with how many
 * casualties, in PLOVER types, each tied to the claim that states it.
 *
 * Steps, in order: 01 triggers → 02 arguments → 03 casualties → 04 certainty
 * → 05 merge (one event per happening) → 06 dates (for the merged events only:
 * date parsing is the slowest step).
 *
 * @example
 *   const events = findEvents(doc, segmentation, entities, claims);
 *   events[0] // => { type: 'ASSAULT', mode: 'aerial', actor: 'actor:navy', casualties: { wounded: 6 }, … }
 *   findEvents(doc, segmentation, entities, claims, { unreal: 'drop' }) // only what is told as having happened
 */
import type { Claim, Doc, SitEvent } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import type { EntityFindings } from '../2-entities/index.js';
import { claimAt } from '../3-claims/index.js';
import { findTriggers } from './01-triggers.js';
import { assignArguments } from './02-arguments.js';
import { assignCasualties } from './03-casualties.js';
import { assignCertainty } from './04-certainty.js';
import { mergeDrafts } from './05-merge.js';
import { assignDates } from './06-dates.js';
import { toEvent } from './draft.js';
import { MentionIndex } from './mentions.js';

export interface FindEventsOptions {
  /**
   * What to do with events the text does not present as having happened
   * (conditional, denied, questioned): `keep` them marked with their
   * certainty (the default), or `drop` them, as event datasets that count
   * only happenings do.
   */
  unreal?: 'keep' | 'drop';
}

const UNREAL = new Set(['conditional', 'denied', 'questioned']);

export function findEvents(doc: Doc, seg: Segmentation, ents: EntityFindings, claims: Claim[], options: FindEventsOptions = {}): SitEvent[] {
  return findEventsBatch([{ doc, seg, ents, claims }], options)[0]!;
}

/** What the event stage reads of one document. */
export interface EventInput {
  doc: Doc;
  seg: Segmentation;
  ents: EntityFindings;
  claims: Claim[];
}

/**
 * `findEvents` for a batch of documents, one step at a time over all of
 * them: a step's patterns stay in the processor's caches across the batch
 * (see `analyseBatch`). Each document's events are what it gets alone.
 */
export function findEventsBatch(batch: readonly EventInput[], options: FindEventsOptions = {}): SitEvent[][] {
  const byId = batch.map(({ ents }) => new Map(ents.entities.map((e) => [e.id, e])));
  let drafts = batch.map(({ doc, seg }) => findTriggers(doc.text, seg));
  drafts = batch.map(({ doc, seg, ents, claims }, k) => assignArguments(doc.text, drafts[k]!, new MentionIndex(ents), byId[k]!, claims, seg.paragraphs));
  drafts = batch.map(({ doc }, k) => assignCasualties(doc.text, drafts[k]!));
  drafts = batch.map(({ doc, claims }, k) => assignCertainty(doc.text, drafts[k]!, claims));
  drafts = batch.map(({ doc, seg }, k) => mergeDrafts(doc.text, drafts[k]!, seg.paragraphs, byId[k]!));
  drafts = batch.map(({ doc }, k) => assignDates(doc.text, drafts[k]!, doc.published));
  return batch.map(({ claims }, k) => {
    const events = drafts[k]!.map((d) => toEvent(d, claimAt(claims, d)?.id ?? null));
    return options.unreal === 'drop' ? events.filter((e) => !UNREAL.has(e.certainty ?? 'asserted')) : events;
  });
}
