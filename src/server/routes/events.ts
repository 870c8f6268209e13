/**
 * `/api/events`: events filtered by type, actor, place and date range (the
 * map and the timeline), and one event with every report of it.
 *
 * @example
 *   GET /api/events?type=ASSAULT&from=2017-01-01&to=2017-12-31
 *   GET /api/events/doc_3f2a…/0   → { event, reports, contradictions }
 */
import { Hono } from 'hono';
import type { ReadModel } from '../read-model.js';
import { EventKeySchema, EventQuerySchema } from '../queries.js';
import { valid } from '../validate.js';

export function eventRoutes(model: ReadModel): Hono {
  return new Hono()
    .get('/', async (c) => c.json(await model.events(valid(EventQuerySchema, c.req.query()))))
    .get('/:docId/:seq', async (c) => {
      const { docId, seq } = valid(EventKeySchema, c.req.param());
      const detail = await model.event(docId, seq);
      return detail ? c.json(detail) : c.json({ error: `no event ${docId}/${seq}` }, 404);
    });
}
