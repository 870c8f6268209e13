/**
 * The query strings the API accepts, as Zod schemas: every input from the
 * network is parsed here before it reaches the read model, and the query
 * types are derived from the schemas.
 *
 * @example
 *   EventQuerySchema.parse({ type: 'ASSAULT', from: '2017-01-01' }) // → { type, from, limit: 500, offset: 0 }
 */
import { z } from 'zod';
import { CERTAINTIES, ENTITY_TYPES, EVENT_TYPES, RELATION_TYPES, SIGNAL_KINDS } from '../core/record.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const text = z.string().trim().min(1).max(200);
const page = (max: number, dflt: number) => ({
  limit: z.coerce.number().int().min(1).max(max).default(dflt),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const DocumentQuerySchema = z.object({ q: text.optional(), outlet: text.optional(), ...page(200, 50) });

export const EventQuerySchema = z.object({
  type: z.enum(EVENT_TYPES).optional(),
  actor: text.optional(),
  place: text.optional(),
  from: date.optional(),
  to: date.optional(),
  ...page(10000, 200),
});

export const EntityQuerySchema = z.object({ type: z.enum(ENTITY_TYPES).optional(), q: text.optional(), ...page(1000, 100) });

export const NetworkQuerySchema = z.object({ type: z.enum(RELATION_TYPES).optional(), limit: z.coerce.number().int().min(1).max(2000).default(300) });

export const ClaimQuerySchema = z.object({
  outlet: text.optional(),
  source: text.optional(),
  actor: text.optional(),
  certainty: z.enum(CERTAINTIES).optional(),
  signal: z.enum(SIGNAL_KINDS).optional(),
  ...page(500, 100),
});

export const EventKeySchema = z.object({ docId: text, seq: z.coerce.number().int().min(0) });

export type DocumentQuery = z.output<typeof DocumentQuerySchema>;
export type EventQuery = z.output<typeof EventQuerySchema>;
export type EntityQuery = z.output<typeof EntityQuerySchema>;
export type NetworkQuery = z.output<typeof NetworkQuerySchema>;
export type ClaimQuery = z.output<typeof ClaimQuerySchema>;
