/**
 * The server: a Hono app over a read-only view of the ledger.
 *
 * @example
 *   import { createApp, openSqliteReadModel } from './server/index.js';
 *   serve({ fetch: createApp(openSqliteReadModel('sitrep.db')).fetch, port: 4180 });
 */
export { createApp, type AppOptions } from './app.js';
export { openSqliteReadModel } from './sqlite-read-model.js';
export type * from './read-model.js';
export * from './queries.js';
