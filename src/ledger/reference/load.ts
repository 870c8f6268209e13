/**
 * Reads a reference dataset file (UCDP GED or ACLED CSV), streamed.
 * A header of neither format is a user error naming the columns expected;
 * rows without an id or a date are counted and skipped.
 *
 * @example
 *   const { events, skipped, format } = await readReference('ged231_syria_sample.csv');
 */
import { parse } from 'csv-parse';
import fs from 'node:fs';
import { UserError } from '../../core/errors.js';
import { detectFormat, FORMATS, SIGNATURES, type ReferenceFormat } from './formats.js';
import type { ReferenceEvent } from './types.js';

export async function readReference(file: string): Promise<{ format: ReferenceFormat; events: ReferenceEvent[]; skipped: number }> {
  if (!fs.existsSync(file)) throw new UserError({ file, message: 'no such file', fix: 'check the path' });
  let format: ReferenceFormat | null = null;
  const parser = fs.createReadStream(file).pipe(parse({
    bom: true, skip_empty_lines: true, relax_column_count: true,
    columns: (header: string[]) => {
      format = detectFormat(header);
      if (!format) {
        throw new UserError({ file, message: 'not a UCDP GED or ACLED CSV', fix: `UCDP needs the columns ${SIGNATURES.ucdp.join(', ')}; ACLED needs ${SIGNATURES.acled.join(', ')}` });
      }
      return header;
    },
  }));
  const events: ReferenceEvent[] = [];
  let skipped = 0;
  try {
    for await (const row of parser as AsyncIterable<Record<string, string>>) {
      const ev = FORMATS[format!](row);
      if (ev) events.push(ev);
      else skipped++;
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    const cause = (err as { cause?: unknown }).cause;
    if (cause instanceof UserError) throw cause;
    throw new UserError({ file, message: `cannot read CSV (${(err as Error).message})`, fix: 'check the file is a comma-separated export with a header line' });
  }
  if (!format) throw new UserError({ file, message: 'empty file', fix: 'pass a UCDP GED or ACLED CSV export' });
  return { format, events, skipped };
}
