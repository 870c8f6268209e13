/**
 * What the entity steps pass along: mentions found so far, each pointing
 * at a gazetteer entry, a name met for the first time in this document, or
 * a placeholder the later steps resolve ("government forces" → the
 * government of the country the article is about).
 *
 * @example
 *   { start: 10, end: 23, id: 'actor:gov-SY', kind: 'gov', use: 'agent' } // "Syrian troops"
 */
import type { EntityType } from '../../core/record.js';

/** How a country or a capital is used where it is named. */
export type Use = 'agent' | 'place';

export type FoundKind =
  /** A name from the gazetteer or a recognised new name. */
  | 'name'
  /** A state's forces or government: "Syrian troops", "Assad's forces", "the Russians". */
  | 'gov'
  /** A demonym as an adjective: "Syrian oil", "Russian blood". */
  | 'demonym'
  /** A capital city: a place, or its government ("Damascus said"). */
  | 'capital'
  /** A description to resolve: "government forces", "the Kurds", "U.S.-backed militias". */
  | 'generic'
  /** A short form of a name given earlier ("Abu Samir"). */
  | 'short';

export interface Found {
  start: number;
  end: number;
  id: string;
  kind: FoundKind;
  use?: Use;
  /** Country code of a country, capital or government mention. */
  country?: string;
}

/** A name not in the gazetteer, recognised in this document. */
export interface NewName {
  id: string;
  type: EntityType;
  name: string;
  /** For a new place: the country and division of the known place named beside it ("… in Daraa province"). */
  country?: string;
  admin1?: string;
}

/** Slugs of names met before: the same names come back across documents, and slugging is five passes over the name. */
const SLUGS = new Map<string, string>();
const MAX_SLUGS = 50_000;

/** A stable id for a new name: its type and a slug of the name. */
export function newNameId(type: EntityType, name: string): string {
  let slug = SLUGS.get(name);
  if (slug === undefined) {
    slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (SLUGS.size > MAX_SLUGS) SLUGS.clear();
    SLUGS.set(name, slug);
  }
  return `${type}:${slug || 'x'}`;
}

/** Whether an id is a state's: a country, or a government and its forces. */
export const isStateId = (id: string) => id.startsWith('country:') || id.startsWith('actor:gov-');

/** Generic placeholders, resolved in step 07. */
export const GENERIC = {
  government: 'generic:government',
  /** "the army", "the military": the state whose forces were named last, else the theatre's government. */
  army: 'generic:army',
  kurdish: 'generic:kurdish',
  coalition: 'generic:coalition',
  backedBy: (sponsor: string) => `generic:backed-by:${sponsor}`,
} as const;
