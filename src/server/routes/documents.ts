/**
 * `/api/documents`: the document list (with full-text search) and one
 * document's whole record with its text, for the reader.
 *
 * @example
 *   GET /api/documents?q=airport&limit=20  → { total, items: [{ id, title, outlet, … }] }
 *   GET /api/documents/doc_3f2a…           → the extraction record
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ReadModel } from '../read-model.js';
import { DocumentQuerySchema } from '../queries.js';
import { valid } from '../validate.js';

const IdSchema = z.object({ id: z.string().regex(/^[\w.:-]{1,100}$/, 'a document id') });

export function documentRoutes(model: ReadModel): Hono {
  return new Hono()
    .get('/', async (c) => c.json(await model.documents(valid(DocumentQuerySchema, c.req.query()))))
    .get('/:id', async (c) => {
      const { id } = valid(IdSchema, c.req.param());
      const doc = await model.document(id);
      return doc ? c.json(doc) : c.json({ error: `no document ${id}` }, 404);
    });
}
