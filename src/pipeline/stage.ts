/**
 * The stage contract. A stage is a plain function from the document and
 * what earlier stages found to its own findings; it never mutates its
 * input and never throws on text (the pipeline turns a thrown error into a
 * warning on the document and carries on with empty findings).
 *
 * @example
 *   const claimsStage: Stage<'claims'> = (doc, found) => findClaims(doc, found.segmentation, found.entities);
 */
import type { Claim, Doc, Profile, Relation, Signal, SitEvent } from '../core/record.js';
import type { Segmentation } from './1-segment/index.js';
import type { EntityFindings } from './2-entities/index.js';

/** Everything the stages find, in stage order. */
export interface Findings {
  segmentation: Segmentation;
  entities: EntityFindings;
  claims: Claim[];
  events: SitEvent[];
  relations: Relation[];
  signals: Signal[];
  profile: Profile | null;
}

export type StageName = keyof Findings;

/** A stage sees the document and the findings of the stages before it. */
export type Stage<K extends StageName> = (doc: Doc, found: Readonly<Partial<Findings>>) => Findings[K];

/**
 * A stage's form for a batch of documents, where it has one: the same
 * findings for each document as the stage gives it alone, found one step at
 * a time over the whole batch.
 */
export type BatchStage<K extends StageName> = (docs: readonly Doc[], found: readonly Readonly<Partial<Findings>>[]) => Findings[K][];
