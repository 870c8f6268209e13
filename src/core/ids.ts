/**
 * Stable identifiers: the same input always gets the same id.
 *
 * @example
 *   docId('notes.txt', 'A title', 'Some text') // => 'doc_3f2a…' (16 hex digits)
 */
import { createHash } from 'node:crypto';

/** A document id, branded so that it is not mixed up with other strings. */
export type DocId = string & { readonly __brand: 'DocId' };

/** Hex digest of the parts, joined by NUL so that ('ab','c') differs from ('a','bc'). */
export function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/**
 * The id of a document: from where it came from and what it says, so that
 * re-reading the same input gives the same id, and the same text from two
 * places (two outlets running one wire story) stays two documents.
 */
export function docId(source: string, title: string | null, text: string): DocId {
  return `doc_${digest(source, title ?? '', text).slice(0, 16)}` as DocId;
}

/** Content hash used to tell whether a re-ingested document changed. */
export function contentHash(title: string | null, published: string | null, text: string): string {
  return digest(title ?? '', published ?? '', text).slice(0, 32);
}
