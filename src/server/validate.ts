/**
 * Parses a request's query or path parameters with a Zod schema; a bad
 * value becomes a 400 answer naming the parameter and what it should be.
 *
 * @example
 *   const q = valid(EventQuerySchema, c.req.query()); // throws BadRequest on ?from=yesterday
 */
import type { z } from 'zod';

export class BadRequest extends Error {
  constructor(readonly issues: { param: string; message: string }[]) {
    super(issues.map((i) => `${i.param}: ${i.message}`).join('; '));
    this.name = 'BadRequest';
  }
}

export function valid<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new BadRequest(result.error.issues.map((i) => ({ param: i.path.join('.') || '(query)', message: i.message })));
}
