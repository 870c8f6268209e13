/**
 * The HTTP app: the JSON API under /api over a read model, and the web UI
 * with the library files it imports. Built without a network listener so
 * that tests call it in-process with `app.request(...)`.
 *
 * @example
 *   const app = createApp(openSqliteReadModel('sitrep.db'));
 *   const res = await app.request('/api/stats');
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { uiAssets, CONTENT_TYPES } from './assets.js';
import { guard, type GuardOptions } from './guard.js';
import type { ReadModel } from './read-model.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { ledgerRoutes } from './routes/ledger.js';
import { BadRequest } from './validate.js';

export interface AppOptions extends GuardOptions {
  /** The folder of UI files (default: `ui/` at the package root). */
  uiDir?: string;
}

/**
 * The Content-Security-Policy: scripts only from this server, plus the one
 * inline import map, allowed by its hash. Even if article text ever reached
 * the page as HTML, the browser would refuse to run it.
 */
function contentSecurityPolicy(indexHtml: string): string {
  const importMap = indexHtml.match(/<script type="importmap">([\s\S]*?)<\/script>/)?.[1];
  const hash = importMap ? ` 'sha256-${createHash('sha256').update(importMap).digest('base64')}'` : '';
  return [
    "default-src 'self'", `script-src 'self'${hash}`, "style-src 'self'", "img-src 'self' data:",
    "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
  ].join('; ');
}

export function createApp(model: ReadModel, options: AppOptions = {}): Hono {
  const assets = uiAssets(options.uiDir);
  const index = assets.get('/index.html');
  const csp = contentSecurityPolicy(index ? fs.readFileSync(index, 'utf8') : '');
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Content-Security-Policy', csp);
  });
  app.use('/api/*', guard(options));
  app.route('/api/documents', documentRoutes(model));
  app.route('/api/events', eventRoutes(model));
  app.route('/api', ledgerRoutes(model));
  app.all('/api/*', (c) => c.json({ error: `no such API path ${c.req.path}` }, 404));

  app.get('*', (c) => {
    const file = assets.get(c.req.path === '/' ? '/index.html' : c.req.path);
    if (!file) return c.text('not found', 404);
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    return c.body(fs.readFileSync(file), 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  });

  app.onError((err, c) => {
    if (err instanceof BadRequest) return c.json({ error: err.message, issues: err.issues }, 400);
    console.error(err);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
