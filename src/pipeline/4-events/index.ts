/**
 * Stage 4, events: who did what to whom, where, when, with how many
 * casualties, in PLOVER types, each tied to the claim that states it.
 *
 * @example
 *   const events = findEvents(doc, segmentation, entities, claims);
 */
import type { Claim, Doc, SitEvent } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import type { EntityFindings } from '../2-entities/index.js';

export function findEvents(_doc: Doc, _seg: Segmentation, _ents: EntityFindings, _claims: Claim[]): SitEvent[] {
  return [];
}
