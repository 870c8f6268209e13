/**
 * Stage 2, entities: every actor, person, place, facility and outlet named
 * in the article body, resolved across spellings, places geolocated.
 *
 * @example
 *   const { entities, mentions } = findEntities(doc, segmentation);
 */
import type { Doc, Entity, EntityType } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';

/** One mention, in text order, for later stages to ask who is named where. */
export interface EntityMention {
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
}

export interface EntityFindings {
  entities: Entity[];
  /** Every mention of every entity, sorted by `start`. */
  mentions: EntityMention[];
}

export function findEntities(_doc: Doc, _seg: Segmentation): EntityFindings {
  return { entities: [], mentions: [] };
}
