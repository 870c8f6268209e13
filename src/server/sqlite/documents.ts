/**
 * Documents as lists show them: title, outlet, date and how many events
 * and claims each holds; with full-text search over titles and texts.
 *
 * @example
 *   listDocuments(db, { q: 'airport', limit: 20, offset: 0 }) // → { total, items }
 */
import type Database from 'better-sqlite3';
import type { DocumentSummary, Page } from '../read-model.js';
import type { DocumentQuery } from '../queries.js';

type DB = Database.Database;

export const DOCUMENT_SUMMARY = `SELECT d.id, d.source, d.title, d.published, d.outlet,
  (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events,
  (SELECT count(*) FROM claims c WHERE c.doc_id = d.id) AS claims
  FROM documents d`;

/** The FTS5 query for what a user typed: words match as prefixes, operators are not interpreted. */
export function ftsQuery(query: string): string {
  return (query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"*`).join(' ');
}

/** A page of documents: the best matches first when searching, else the newest. */
export function listDocuments(db: DB, q: DocumentQuery): Page<DocumentSummary> {
  const match = q.q ? ftsQuery(q.q) : '';
  const fts = match ? 'JOIN documents_fts ON documents_fts.rowid = d.rowid' : '';
  const conds = [match ? 'documents_fts MATCH @match' : '', q.outlet ? 'd.outlet = @outlet' : ''].filter(Boolean);
  const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  const params = Object.fromEntries(Object.entries({ match, outlet: q.outlet }).filter(([, v]) => v));
  const total = (db.prepare(`SELECT count(*) AS n FROM documents d ${fts} ${where}`).get(params) as { n: number }).n;
  const items = db.prepare(`${DOCUMENT_SUMMARY} ${fts} ${where} ORDER BY ${match ? 'documents_fts.rank' : 'd.published DESC, d.id'}
    LIMIT @limit OFFSET @offset`).all({ ...params, limit: q.limit, offset: q.offset }) as DocumentSummary[];
  return { total, items };
}
