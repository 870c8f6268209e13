/**
 * What the main thread and an extraction thread say to each other: a
 * document with its number, and its record, as a JSON line, under the same number.
 */
import type { Doc } from '../../core/record.js';

export interface Request {
  id: number;
  doc: Doc;
}

export interface Reply {
  id: number;
  json: string;
}
