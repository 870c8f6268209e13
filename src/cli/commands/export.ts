/** `sitrep export --format F`: the ledger in the conventions of another ecosystem. */
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, EXPORTS, type ExportFormat } from '../../ledger/export/index.js';
import { DEFAULT_DB } from '../../store/index.js';
import { openOutput } from '../output.js';
import { withStore } from '../with-store.js';
import { currentLedger } from './ledger.js';

export function exportCommand(): Command {
  return new Command('export')
    .summary('export the ledger as ACLED/UCDP CSV, GeoJSON, STIX 2.1, PLOVER JSON or GraphML')
    .description('Writes the ledger (built by sitrep ledger; built now if there is none) in another tool\'s format. CSV cells that a spreadsheet would run as formulas are neutralised.')
    .addOption(new Option('-f, --format <format>', 'csv-acled, csv-ucdp (event tables), geojson (map), stix (OpenCTI, MISP), plover (JSON lines), graphml (Gephi)').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--db <path>', 'database (SQLite file or postgres:// URL)', DEFAULT_DB)
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .addHelpText('after', '\nExamples:\n  $ sitrep export --format geojson --db fakes.db -o events.geojson\n  $ sitrep export --format stix --db fakes.db > bundle.json')
    .action(async (flags: { format: ExportFormat; db: string; out?: string }) => {
      await withStore(flags.db, async (store) => {
      const out = openOutput(flags.out);
      await out.write(EXPORTS[flags.format](await currentLedger(store)));
      await out.close();
      });
    });
}
