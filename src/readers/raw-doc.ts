/**
 * What a reader yields: a document before analysis, or a problem with one
 * input item. Readers never throw for a bad item; they report it and go on.
 */
import type { InputProblem } from '../core/errors.js';

/** A document as read, before it gets its id and goes through the pipeline. */
export interface RawDoc {
  source: string;
  title: string | null;
  published: string | null;
  text: string;
  outlet?: string;
  url?: string;
  byline?: string;
}

export type ReadItem =
  | { kind: 'doc'; doc: RawDoc; bytes: number }
  | { kind: 'problem'; problem: InputProblem; bytes: number };

export const INPUT_FORMATS = ['auto', 'text', 'markdown', 'html', 'csv', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Which CSV/JSON field holds what; `text` is required. */
export interface ColumnMapping {
  text: string;
  title?: string;
  date?: string;
  id?: string;
  outlet?: string;
  url?: string;
}

export interface ReadOptions {
  /** Format of every input; `auto` decides by file extension (or content, for stdin). */
  format: InputFormat;
  /** Explicit column mapping for CSV and JSON Lines; otherwise a preset or a guess from the header. */
  columns?: ColumnMapping;
  /** Largest single document, in bytes; a bigger file or row is skipped with a message. */
  maxDocBytes: number;
}

export const DEFAULT_MAX_DOC_BYTES = 10 * 1024 * 1024;

export function problem(file: string, message: string, fix?: string, row?: number, bytes = 0): ReadItem {
  return { kind: 'problem', bytes, problem: { file, message, ...(fix ? { fix } : {}), ...(row !== undefined ? { row } : {}) } };
}
