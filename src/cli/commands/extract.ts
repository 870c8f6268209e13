/**
 * `sitrep extract <inputs…>`: the extraction record of every document, as
 * JSON Lines (the contract), one JSON array, or a readable summary.
 */
import { Command, Option } from 'commander';
import { openOutput } from '../output.js';
import { records, requireSomeDocuments, withInputOptions, type InputFlags, type RunTally } from '../inputs.js';
import { prettyRecord } from '../pretty.js';

const FORMATS = ['jsonl', 'json', 'pretty'] as const;

interface ExtractFlags extends InputFlags {
  format: (typeof FORMATS)[number];
  out?: string;
}

export function extractCommand(): Command {
  const cmd = new Command('extract')
    .summary('print the extraction record of each document')
    .description('Reads articles and prints what sitrep extracts from each: segments, entities, events, relations, claims and signals (the extraction record, contract v1; JSON Schema in schema/extraction-record.v1.json).')
    .argument('<inputs...>', 'files, directories (read recursively) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'jsonl: one record per line; json: one array; pretty: readable summary').choices(FORMATS).default('jsonl'))
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .addHelpText('after', `
Examples:
  $ sitrep extract article.txt --format pretty
  $ sitrep extract ../shared/corpus/seeds --format jsonl > seeds.jsonl
  $ sitrep extract fakes.csv --columns text=article_content,title=article_title,date=date,id=unit_id -o fakes.jsonl
  $ curl -s https://example.org/story.html | sitrep extract - --input-format html`);
  return withInputOptions(cmd).action(async (inputs: string[], flags: ExtractFlags) => {
    const out = openOutput(flags.out);
    const tally: RunTally = { documents: 0, problems: 0 };
    let first = true;
    if (flags.format === 'json') await out.write('[');
    for await (const analysed of records(inputs, flags, tally)) {
      if (flags.format === 'jsonl') await out.write(analysed.json + '\n');
      else if (flags.format === 'json') await out.write((first ? '\n' : ',\n') + analysed.json);
      else await out.write((first ? '' : '\n') + prettyRecord(analysed.record) + '\n');
      first = false;
    }
    if (flags.format === 'json') await out.write('\n]\n');
    await out.close();
    requireSomeDocuments(tally, inputs);
  });
}
