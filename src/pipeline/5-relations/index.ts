/**
 * Stage 5, relations: lasting ties between entities (backs, allied_with,
 * fights, controls, leads, member_of), each tied to its claim.
 *
 * @example
 *   const relations = findRelations(doc, segmentation, entities, claims);
 */
import type { Claim, Doc, Relation } from '../../core/record.js';
import type { Segmentation } from '../1-segment/index.js';
import type { EntityFindings } from '../2-entities/index.js';

export function findRelations(_doc: Doc, _seg: Segmentation, _ents: EntityFindings, _claims: Claim[]): Relation[] {
  return [];
}
