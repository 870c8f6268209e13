/**
 * Entities across documents (grouped by name and type), one entity's events,
 * documents and relations, and the relation network with the documents
 * behind each edge.
 *
 * @example
 *   const entities = entityQueries(db);
 *   entities.list({ type: 'place', limit: 100, offset: 0 });
 *   entities.network({ limit: 300 }); // { nodes, edges: [{ source, target, type, documents }] }
 */
import type Database from 'better-sqlite3';
import type { DocumentSummary, EntityDetail, EntitySummary, Network, NetworkEdge, Page } from '../read-model.js';
import type { EntityQuery, NetworkQuery } from '../queries.js';
import { DOCUMENT_SUMMARY } from './documents.js';
import { DATE, eventsByKeys } from './events.js';
import { memo } from './memo.js';

type DB = Database.Database;

/** Every entity name and type, with how many documents name it and how many events involve it. */
const ALL_ENTITIES = `WITH ev AS (
    SELECT x.name, x.type, count(*) AS events FROM events e
    JOIN entities x ON x.doc_id = e.doc_id AND x.entity_id IN (e.actor, e.target, e.place)
    GROUP BY x.name, x.type)
  SELECT n.name, n.type, count(DISTINCT n.doc_id) AS documents, coalesce(max(ev.events), 0) AS events,
    avg(n.lat) AS lat, avg(n.lon) AS lon, max(n.admin1) AS admin1
  FROM entities n LEFT JOIN ev ON ev.name = n.name AND ev.type = n.type
  GROUP BY n.name, n.type ORDER BY documents DESC, n.name`;

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

export function entityQueries(db: DB) {
  const all = memo(db, () => db.prepare(ALL_ENTITIES).all() as EntitySummary[]);

  return {
    list(q: EntityQuery): Page<EntitySummary> {
      const needle = q.q?.toLowerCase();
      const hits = all().filter((e) => (!q.type || e.type === q.type) && (!needle || e.name.toLowerCase().includes(needle)));
      return { total: hits.length, items: hits.slice(q.offset, q.offset + q.limit) };
    },

    network(q: NetworkQuery): Network {
      const list = q.type ? edges(db, 'WHERE r.type = ?', [q.type], q.limit) : edges(db, '', [], q.limit);
      const types = new Map(all().map((e): [string, string] => [e.name, e.type]).reverse());
      const nodes = new Map<string, string>();
      for (const e of list) for (const name of [e.source, e.target]) nodes.set(name, types.get(name) ?? 'actor');
      return { nodes: [...nodes].map(([id, type]) => ({ id, type })), edges: list };
    },

    detail(name: string): EntityDetail | null {
      const summary = all().find((e) => e.name === name);
      if (!summary) return null;
      // The most recent events first: a much-reported place has thousands.
      const eventRows = eventsByKeys(db, `SELECT e.doc_id AS k_doc, e.seq AS k_seq, ${DATE} AS k_date FROM entities x
          JOIN events e ON e.doc_id = x.doc_id AND x.entity_id IN (e.actor, e.target, e.place)
        WHERE x.name = @name GROUP BY e.doc_id, e.seq`, 'DESC', { name, limit: 300, offset: 0 });
      const documentRows = db.prepare(`${DOCUMENT_SUMMARY} WHERE d.id IN (SELECT doc_id FROM entities WHERE name = ?)
        ORDER BY d.published DESC LIMIT 100`).all(name) as DocumentSummary[];
      const relations = edges(db, 'WHERE s.name = ? OR o.name = ?', [name, name], 200);
      return { ...summary, eventRows, documentRows, relations };
    },
  };
}
