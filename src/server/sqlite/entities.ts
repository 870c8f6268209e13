/**
 * Entities across documents (grouped by name and type), one entity's events,
 * documents and relations, and the relation network with the documents
 * behind each edge.
 *
 * @example
 *   const net = network(db, { limit: 300 }); // { nodes, edges: [{ source, target, type, documents }] }
 */
import type Database from 'better-sqlite3';
import type { DocumentSummary, EntityDetail, EntitySummary, Network, NetworkEdge, Page } from '../read-model.js';
import type { EntityQuery, NetworkQuery } from '../queries.js';
import { EVENT_COLUMNS, EVENT_FROM, eventRow } from './events.js';

type DB = Database.Database;

/** Entities grouped by name and type, with how many documents name them and how many events involve them. */
const grouped = (where: string) => `SELECT name, type, documents, lat, lon, admin1,
    (SELECT count(*) FROM events e JOIN entities x ON x.doc_id = e.doc_id
      AND x.entity_id IN (e.actor, e.target, e.place) WHERE x.name = g.name) AS events
  FROM (SELECT n.name, n.type, count(DISTINCT n.doc_id) AS documents, avg(n.lat) AS lat, avg(n.lon) AS lon, max(n.admin1) AS admin1
    FROM entities n ${where} GROUP BY n.name, n.type) g`;

export function listEntities(db: DB, q: EntityQuery): Page<EntitySummary> {
  const where = `WHERE (@type IS NULL OR n.type = @type) AND (@q IS NULL OR n.name LIKE '%' || @q || '%')`;
  const params = { type: q.type ?? null, q: q.q ?? null };
  const total = (db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM entities n ${where} GROUP BY n.name, n.type)`).get(params) as { n: number }).n;
  const items = db.prepare(`${grouped(where)} ORDER BY documents DESC, name LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as EntitySummary[];
  return { total, items };
}

function edges(db: DB, where: string, params: unknown[], limit: number): NetworkEdge[] {
  const rows = db.prepare(`SELECT coalesce(s.name, r.subject) AS source, coalesce(o.name, r.object) AS target, r.type,
      d.id, d.title, d.outlet
    FROM relations r JOIN documents d ON d.id = r.doc_id
    LEFT JOIN entities s ON s.doc_id = r.doc_id AND s.entity_id = r.subject
    LEFT JOIN entities o ON o.doc_id = r.doc_id AND o.entity_id = r.object
    ${where} LIMIT 20000`).all(...params) as { source: string; target: string; type: string; id: string; title: string | null; outlet: string | null }[];
  const byKey = new Map<string, NetworkEdge>();
  for (const r of rows) {
    const key = JSON.stringify([r.source, r.target, r.type]);
    const edge = byKey.get(key) ?? { source: r.source, target: r.target, type: r.type, documents: [] };
    if (!edge.documents.some((d) => d.id === r.id)) edge.documents.push({ id: r.id, title: r.title, outlet: r.outlet });
    byKey.set(key, edge);
  }
  return [...byKey.values()].sort((a, b) => b.documents.length - a.documents.length).slice(0, limit);
}

export function network(db: DB, q: NetworkQuery): Network {
  const list = q.type ? edges(db, 'WHERE r.type = ?', [q.type], q.limit) : edges(db, '', [], q.limit);
  const types = new Map<string, string>();
  const typeOf = db.prepare<[string], { type: string }>('SELECT type FROM entities WHERE name = ? GROUP BY type ORDER BY count(*) DESC LIMIT 1');
  for (const e of list) {
    for (const name of [e.source, e.target]) if (!types.has(name)) types.set(name, typeOf.get(name)?.type ?? 'actor');
  }
  return { nodes: [...types].map(([id, type]) => ({ id, type })), edges: list };
}

export function entityDetail(db: DB, name: string, documentList: (ids: string[]) => DocumentSummary[]): EntityDetail | null {
  const summary = db.prepare(`${grouped('WHERE n.name = ?')} ORDER BY documents DESC LIMIT 1`).get(name) as EntitySummary | undefined;
  if (!summary) return null;
  const eventRows = (db.prepare(`SELECT ${EVENT_COLUMNS} ${EVENT_FROM} WHERE a.name = @n OR t.name = @n OR p.name = @n
    ORDER BY date LIMIT 1000`).all({ n: name }) as Record<string, string | number | null>[]).map(eventRow);
  const ids = (db.prepare('SELECT DISTINCT doc_id FROM entities WHERE name = ? LIMIT 500').all(name) as { doc_id: string }[]).map((r) => r.doc_id);
  const relations = edges(db, 'WHERE s.name = ? OR o.name = ?', [name, name], 200);
  return { ...summary, eventRows, documentRows: documentList(ids), relations };
}
