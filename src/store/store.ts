/**
 * The store: where extraction records live between runs. A small
 * interface, so that SQLite (the embedded default) and other databases
 * pass one shared contract test suite (`test/store/contract.ts`).
 *
 * @example
 *   const store = await openStore('sitrep.db');
 *   await store.putBatch(records);           // one transaction
 *   const hits = await store.search('Deir ez-Zor airport');
 *   await store.close();
 */
import type { Doc, ExtractionRecord } from '../core/record.js';
import type { ReferenceEvent } from '../ledger/reference/types.js';
import type { Ledger } from '../ledger/types.js';

export interface PutResult {
  /** Documents stored for the first time. */
  added: number;
  /** Documents whose source was stored before with other content: old annotations replaced. */
  replaced: number;
  /** Documents already stored exactly as they are. */
  unchanged: number;
}

export interface SearchHit {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
  /** The matching passage, with the matched words between « and ». */
  snippet: string;
}

export interface StoreStats {
  documents: number;
  counts: Record<'segments' | 'entities' | 'mentions' | 'events' | 'relations' | 'claims' | 'signals', number>;
  eventTypes: { type: string; count: number }[];
  topEntities: { name: string; type: string; documents: number }[];
  outlets: { outlet: string; documents: number }[];
  published: { first: string | null; last: string | null };
}

export interface SearchOptions {
  limit?: number;
}

export interface Store {
  /** Stores records in one transaction: all of them or none. */
  putBatch(records: ExtractionRecord[]): Promise<PutResult>;
  /** Whether this exact document (same source and content) is stored already, so that re-ingest can skip analysing it. */
  isStored(doc: Doc): Promise<boolean>;
  /** The stored record of a document, or null. */
  getRecord(id: string): Promise<ExtractionRecord | null>;
  /** Full-text search over titles and texts. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** Every stored record, in source order, streamed. */
  records(): AsyncIterable<ExtractionRecord>;
  /** Replaces the ledger (cross-document events, control claims, global entities) in one transaction. */
  saveLedger(ledger: Ledger): Promise<void>;
  /** The last ledger saved, or null when none was built. */
  loadLedger(): Promise<Ledger | null>;
  /** Stores reference events (UCDP, ACLED); an event already stored under its dataset and id is kept. */
  putReference(events: ReferenceEvent[]): Promise<{ added: number; unchanged: number }>;
  referenceEvents(): Promise<ReferenceEvent[]>;
  close(): Promise<void>;
}
