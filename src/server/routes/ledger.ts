/**
 * The rest of the ledger: entities (and one entity's events, documents and
 * relations), the relation network, the claim ledger and the statistics.
 *
 * @example
 *   GET /api/entities?type=place
 *   GET /api/entities/Islamic%20State
 *   GET /api/network?type=backs
 *   GET /api/claims?certainty=denied&signal=loaded_language
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ReadModel } from '../read-model.js';
import { ClaimQuerySchema, EntityQuerySchema, NetworkQuerySchema } from '../queries.js';
import { valid } from '../validate.js';

const NameSchema = z.object({ name: z.string().trim().min(1).max(200) });

export function ledgerRoutes(model: ReadModel): Hono {
  return new Hono()
    .get('/stats', async (c) => c.json(await model.stats()))
    .get('/entities', async (c) => c.json(await model.entities(valid(EntityQuerySchema, c.req.query()))))
    .get('/entities/:name', async (c) => {
      const { name } = valid(NameSchema, c.req.param());
      const entity = await model.entity(name);
      return entity ? c.json(entity) : c.json({ error: `no entity named ${name}` }, 404);
    })
    .get('/network', async (c) => c.json(await model.network(valid(NetworkQuerySchema, c.req.query()))))
    .get('/claims', async (c) => c.json(await model.claims(valid(ClaimQuerySchema, c.req.query()))));
}
