/**
 * The claim ledger: every claim with its words, who said it, how sure, the
 * outlet that carried it and the rhetorical signals inside its span.
 *
 * @example
 *   const page = listClaims(db, { certainty: 'denied', limit: 100, offset: 0 });
 */
import type Database from 'better-sqlite3';
import type { ClaimRow, Page } from '../read-model.js';
import type { ClaimQuery } from '../queries.js';

type DB = Database.Database;

export function listClaims(db: DB, q: ClaimQuery): Page<ClaimRow> {
  const where = `WHERE (@outlet IS NULL OR d.outlet = @outlet)
    AND (@source IS NULL OR c.source LIKE '%' || @source || '%')
    AND (@certainty IS NULL OR c.certainty = @certainty)
    AND (@signal IS NULL OR EXISTS (SELECT 1 FROM signals s WHERE s.doc_id = c.doc_id AND s.kind = @signal
      AND s.start < c."end" AND s."end" > c.start))
    AND (@actor IS NULL OR c.source = @actor OR EXISTS (SELECT 1 FROM mentions m JOIN entities n
      ON n.doc_id = m.doc_id AND n.entity_id = m.entity_id
      WHERE m.doc_id = c.doc_id AND n.name = @actor AND m.start < c."end" AND m."end" > c.start))`;
  const params = {
    outlet: q.outlet ?? null, source: q.source ?? null, certainty: q.certainty ?? null, signal: q.signal ?? null, actor: q.actor ?? null,
  };
  const from = 'FROM claims c JOIN documents d ON d.id = c.doc_id';
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${where}`).get(params) as { n: number }).n;
  const rows = db.prepare(`SELECT c.doc_id AS docId, c.claim_id AS claimId, c.start, c."end", c.source, c.attribution, c.certainty,
      d.outlet, d.title, d.published,
      (SELECT group_concat(DISTINCT s.kind) FROM signals s WHERE s.doc_id = c.doc_id AND s.start < c."end" AND s."end" > c.start) AS signals
    ${from} ${where} ORDER BY d.published DESC, c.doc_id, c.start LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as (Omit<ClaimRow, 'text' | 'signals'> & { start: number; end: number; signals: string | null })[];
  const text = db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?');
  const texts = new Map<string, string>();
  const items = rows.map(({ start, end, signals, ...r }) => {
    if (!texts.has(r.docId)) texts.set(r.docId, text.get(r.docId)?.text ?? '');
    return { ...r, text: texts.get(r.docId)!.slice(start, end), signals: signals ? signals.split(',') : [] };
  });
  return { total, items };
}
