/**
 * The read model: the questions the API asks of the ledger, answered
 * read-only. A small interface, so that the HTTP layer does not know which
 * database holds the records (SQLite today, see `sqlite-read-model.ts`).
 *
 * @example
 *   const model = openSqliteReadModel('sitrep.db');
 *   const { items } = await model.events({ type: 'ASSAULT', limit: 100 });
 *   await model.close();
 */
import type { ExtractionRecord } from '../core/record.js';
import type {
  ClaimQuery, DocumentQuery, EntityQuery, EventQuery, NetworkQuery,
} from './queries.js';

export interface Page<T> {
  total: number;
  items: T[];
}

export interface DocumentSummary {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  events: number;
  claims: number;
}

/** The whole record of a document with its text, as the reader shows it. */
export type DocumentDetail = ExtractionRecord;

/** An entity an event points to, resolved to its name (and place, where it has one). */
export interface EntityRef {
  id: string;
  name: string;
  type: string;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
}

export interface EventRow {
  docId: string;
  seq: number;
  type: string;
  mode: string | null;
  /** The event's own date, else the document's publication date. */
  date: string | null;
  killed: number | null;
  wounded: number | null;
  actor: EntityRef | null;
  target: EntityRef | null;
  place: EntityRef | null;
  title: string | null;
  outlet: string | null;
  /** Who says so and how sure, from the claim the event rests on. */
  claimSource: string | null;
  certainty: string | null;
  /** The sentence span that reports it. */
  start: number;
  end: number;
}

/** One report of an event, with the words it was reported in. */
export interface EventReport extends EventRow {
  /** The sentence that reports it (or the event's own span where sentences are unknown). */
  excerpt: string;
  /** Where the event's own words lie inside `excerpt`, as [start, end). */
  mark: [number, number];
  published: string | null;
}

export interface EventDetail {
  event: EventRow;
  /** Every report of the same happening (same type and place or parties, dates within days), this one first. */
  reports: EventReport[];
  /** Where the reports disagree, in words ("killed: 4 (A) vs 6 (B)"). */
  contradictions: string[];
  /** The ledger event that groups the reports, when `sitrep ledger` has run; null when they were matched here. */
  ledgerEvent: string | null;
}

export interface EntitySummary {
  name: string;
  type: string;
  documents: number;
  events: number;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
}

export interface EntityDetail extends EntitySummary {
  eventRows: EventRow[];
  documentRows: DocumentSummary[];
  relations: NetworkEdge[];
}

export interface NetworkNode {
  id: string;
  type: string;
}

export interface NetworkEdge {
  source: string;
  target: string;
  type: string;
  documents: { id: string; title: string | null; outlet: string | null }[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface ClaimRow {
  docId: string;
  claimId: string;
  text: string;
  source: string;
  attribution: string;
  certainty: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  signals: string[];
}

export interface Stats {
  documents: number;
  counts: Record<'segments' | 'entities' | 'events' | 'relations' | 'claims' | 'signals', number>;
  eventTypes: { type: string; count: number }[];
  outlets: { outlet: string; documents: number }[];
  published: { first: string | null; last: string | null };
}

export interface ReadModel {
  stats(): Promise<Stats>;
  documents(q: DocumentQuery): Promise<Page<DocumentSummary>>;
  document(id: string): Promise<DocumentDetail | null>;
  events(q: EventQuery): Promise<Page<EventRow>>;
  event(docId: string, seq: number): Promise<EventDetail | null>;
  entities(q: EntityQuery): Promise<Page<EntitySummary>>;
  entity(name: string): Promise<EntityDetail | null>;
  network(q: NetworkQuery): Promise<Network>;
  claims(q: ClaimQuery): Promise<Page<ClaimRow>>;
  close(): Promise<void>;
}
