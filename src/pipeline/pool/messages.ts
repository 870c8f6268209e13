/**
 * What the main thread and an extraction thread say to each other: a
 * batch of documents with its number, and their records, as JSON lines in
 * the same order, under the same number.
 */
import type { Doc } from '../../core/record.js';

export interface Request {
  id: number;
  docs: Doc[];
}

export interface Reply {
  id: number;
  json: string[];
}
