/**
 * Exports of the ledger, each in the conventions of its ecosystem.
 *
 * @example
 *   EXPORTS['csv-acled'](ledger) // => CSV text
 */
import type { Ledger } from '../types.js';
import { geojson, plover } from './geo.js';
import { graphml } from './graphml.js';
import { stix } from './stix.js';
import { acledCsv, ucdpCsv } from './tables.js';

export const EXPORT_FORMATS = ['csv-acled', 'csv-ucdp', 'geojson', 'stix', 'plover', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORTS: Record<ExportFormat, (ledger: Ledger) => string> = {
  'csv-acled': acledCsv,
  'csv-ucdp': ucdpCsv,
  geojson,
  stix,
  plover,
  graphml,
};

export { safeCell } from './csv.js';
