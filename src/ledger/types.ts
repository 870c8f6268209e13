/**
 * The ledger: what many documents say, merged. One `LedgerEvent` per
 * happening across articles, with every report that tells of it, how many
 * independent outlets corroborate it, and where they contradict each other.
 */
import type { Certainty, EventType } from '../core/record.js';

/** One article's telling of a happening. */
export interface Report {
  docId: string;
  /** Index of the event in its document's record. */
  seq: number;
  outlet: string;
  published: string | null;
  date: string | null;
  actor: string | null;
  target: string | null;
  place: string | null;
  killed: number | null;
  wounded: number | null;
  certainty: Certainty | null;
  claim: string | null;
}

export const CONTRADICTION_KINDS = ['toll', 'actor', 'denial', 'date'] as const;
export type ContradictionKind = (typeof CONTRADICTION_KINDS)[number];

/** Two or more reports that disagree, with the values each gives. */
export interface Contradiction {
  kind: ContradictionKind;
  /** Each distinct value (a toll, an actor, "denied") with the outlets that give it. */
  values: { value: string; outlets: string[]; docs: string[] }[];
}

export interface LedgerEvent {
  id: string;
  type: EventType;
  mode: string | null;
  dateFirst: string | null;
  dateLast: string | null;
  place: { id: string; name: string; lat: number | null; lon: number | null; admin1: string | null } | null;
  actor: string | null;
  target: string | null;
  /** Independent outlets telling of it. */
  corroboration: number;
  killed: { min: number | null; max: number | null };
  reports: Report[];
  contradictions: Contradiction[];
}

/** Who is said to hold a place, by whom, when. */
export interface ControlClaim {
  place: string;
  holder: string;
  docId: string;
  outlet: string;
  date: string | null;
  claim: string | null;
}

/** One entity across the corpus: every document it is named in. */
export interface GlobalEntity {
  key: string;
  name: string;
  type: string;
  documents: number;
  mentions: number;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
}

export interface Ledger {
  builtAt: string;
  events: LedgerEvent[];
  control: ControlClaim[];
  entities: GlobalEntity[];
}
