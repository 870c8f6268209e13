/** `sitrep serve`: the JSON API and the web UI over a database, on localhost unless given a token. */
import { serve } from '@hono/node-server';
import { Command } from 'commander';
import { UserError } from '../../core/errors.js';
import { createApp, openSqliteReadModel } from '../../server/index.js';
import { DEFAULT_DB } from '../../store/index.js';
import { existingDb } from './existing-db.js';

interface ServeFlags {
  db: string;
  port: string;
  host: string;
  token?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function serveCommand(): Command {
  return new Command('serve')
    .summary('browse the database in a web UI (map, timeline, network, claims, reader)')
    .description('Serves a JSON API under /api and a web UI over an ingested database, read-only. '
      + 'Listens on 127.0.0.1 unless --host says otherwise; any other address needs a token, which every API request '
      + 'must then carry (Authorization: Bearer <token>, or ?token=<token>).')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('-p, --port <n>', 'port to listen on (0: any free port)', '4180')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--token <secret>', 'require this token on API requests (default: $SITREP_TOKEN)')
    .addHelpText('after', '\nExamples:\n  $ sitrep serve --db sitrep.db\n  $ SITREP_TOKEN=s3cret sitrep serve --host 0.0.0.0 --port 8080')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UserError({ file: '--port', message: `"${flags.port}" is not a port number`, fix: 'e.g. --port 4180' }, 2);
      }
      const token = flags.token ?? process.env.SITREP_TOKEN ?? undefined;
      if (!LOOPBACK.has(flags.host) && !token) {
        throw new UserError({ file: '--host', message: `listening on ${flags.host} would open the database to the network`, fix: 'pass --token <secret> or set SITREP_TOKEN' }, 2);
      }
      let model;
      try {
        model = openSqliteReadModel(existingDb(flags.db));
      } catch (err) {
        if (err instanceof UserError) throw err;
        throw new UserError({ file: flags.db, message: `cannot open as a sitrep database (${(err as Error).message})`, fix: 'pass a database made by sitrep ingest' });
      }
      const app = createApp(model, { token });
      await new Promise<void>((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port, hostname: flags.host }, (info) => {
          const host = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
          process.stdout.write(`sitrep: serving ${flags.db} at http://${host}:${info.port}/${token ? '?token=<your token>' : ''}\n`);
        });
        server.on('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE'
          ? new UserError({ file: '--port', message: `port ${port} is already in use`, fix: 'choose another with --port, or --port 0 for any free one' })
          : err));
        const stop = () => server.close(() => { void model.close(); resolve(); });
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
