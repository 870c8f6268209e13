/**
 * Who may ask. With a token, every API request must carry it
 * (`Authorization: Bearer T` or `?token=T`). Without one the server listens
 * on loopback only, and still refuses requests addressed to another host
 * name, so that a web page elsewhere cannot reach it by DNS rebinding.
 *
 * @example
 *   app.use('/api/*', guard({ token: process.env.SITREP_TOKEN }));
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

export interface GuardOptions {
  /** The shared secret; when absent, only loopback host names are served. */
  token?: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function guard(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    if (options.token) {
      const header = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
      const given = header ?? c.req.query('token') ?? '';
      if (!same(given, options.token)) {
        return c.json({ error: 'missing or wrong token (send Authorization: Bearer <token>)' }, 401);
      }
    } else if (!LOOPBACK.has(new URL(c.req.url).hostname)) {
      return c.json({ error: 'this server answers on localhost only' }, 403);
    }
    await next();
  };
}
