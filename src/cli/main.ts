#!/usr/bin/env node
/**
 * The `sitrep` command. User mistakes print one line (`sitrep: error: …`)
 * and exit non-zero; anything else is a bug and prints its stack.
 */
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { UserError } from '../core/errors.js';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { controlCommand, ledgerCommand } from './commands/ledger.js';
import { referenceCommand } from './commands/reference.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { sourcesCommand } from './commands/sources.js';
import { statsCommand } from './commands/stats.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export function program(): Command {
  const prog = new Command('sitrep')
    .version(version)
    .description(['sitrep turns conflict reporting into a sourced situation picture: who did what to whom, where, when, with how many dead, says who, and how sure.',
      'It reads articles (text, Markdown, HTML, CSV, JSON Lines), finds their body, quotations, comment threads and boilerplate, and extracts entities, events, relations, claims and rhetorical signals into one record per document (contract v1); it merges many documents into one ledger, and shows it on a map, a timeline and a network.'].join('\n\n'))
    .showHelpAfterError('(run sitrep --help, or sitrep <command> --help, for usage)')
    .addHelpText('after', `
Start here:
  $ sitrep extract article.txt --format pretty     what sitrep sees in one article
  $ sitrep ingest articles/ --db sitrep.db          store a corpus
  $ sitrep search "airport" --db sitrep.db          find documents again
  $ sitrep stats --db sitrep.db                     what the database holds
  $ sitrep ledger --db sitrep.db                    one event per happening, across outlets
  $ sitrep export --format geojson --db sitrep.db   the ledger for a GIS (or csv-acled, stix, …)
  $ sitrep serve --db sitrep.db                     map, timeline, network and claims in the browser`);
  const commands = [extractCommand(), ingestCommand(), searchCommand(), statsCommand(), sourcesCommand(), ledgerCommand(), controlCommand(), referenceCommand(), exportCommand(), serveCommand()];
  for (const cmd of commands) {
    prog.addCommand(cmd.showHelpAfterError(`(run sitrep ${cmd.name()} --help for usage)`));
  }
  return prog;
}

async function main(argv: string[]): Promise<void> {
  const prog = program();
  prog.exitOverride();
  const override = (c: Command) => { c.exitOverride(); c.commands.forEach(override); };
  override(prog);
  try {
    await prog.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof UserError) {
      process.stderr.write(`sitrep: error: ${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    throw err;
  }
}

// A closed pipe (sitrep extract … | head) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

await main(process.argv);
