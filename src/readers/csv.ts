/**
 * CSV files, streamed row by row (a corpus is never loaded whole). A
 * malformed row is reported with its row and line number and skipped; the
 * rows around it are read.
 *
 * @example
 *   for await (const item of readCsv('fakes.csv', fs.createReadStream('fakes.csv'), opts)) …
 */
import { parse, type CsvError, type Info } from 'csv-parse';
import { once } from 'node:events';
import { resolveColumns, RowSources, rowToDoc } from './columns.js';
import { StrictUtf8Stream, looksBinary } from './decode.js';
import { problem, type ReadItem, type ReadOptions } from './raw-doc.js';

type Row = Record<string, string>;

export async function* readCsv(file: string, input: AsyncIterable<Buffer>, opts: ReadOptions): AsyncGenerator<ReadItem> {
  let header: string[] | null = null;
  let headerProblem: ReadItem | null = null;
  const pending: ReadItem[] = [];
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: opts.maxDocBytes * 2,
    info: true,
    columns: (h: string[]) => {
      header = h.map((c) => c.trim());
      return header;
    },
  });
  parser.on('skip', (err: CsvError) => {
    const line = (err as CsvError & { lines?: number }).lines;
    pending.push(problem(file, `malformed CSV row${line ? ` at line ${line}` : ''}: ${err.message.replace(/^Invalid Record Length: /, '')}`,
      'fix the quoting or the number of fields of that row; the other rows were read'));
  });

  let fed = 0;
  let reported = 0;
  const takeBytes = () => { const b = fed - reported; reported = fed; return b; };

  const feed = (async () => {
    const decoder = new StrictUtf8Stream();
    let first = true;
    try {
      for await (const chunk of input) {
        if (first && looksBinary(chunk)) throw new Error('binary file, not CSV text; pass a UTF-8 CSV file');
        first = false;
        fed += chunk.length;
        if (!parser.write(decoder.push(chunk))) await once(parser, 'drain');
      }
      parser.end(decoder.end());
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();

  let rowNo = 0;
  const sources = new RowSources();
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Row; info: Info }>) {
      rowNo++;
      while (pending.length) yield pending.shift()!;
      if (rowNo === 1) {
        const resolved = resolveColumns(header ?? Object.keys(record), opts.columns);
        if (!resolved.ok) {
          headerProblem = problem(file, resolved.message, resolved.fix, undefined, takeBytes());
          break;
        }
        opts = { ...opts, columns: resolved.columns };
      }
      const doc = sources.unique(rowToDoc(file, record, opts.columns!, rowNo));
      const size = Buffer.byteLength(doc.text);
      if (size > opts.maxDocBytes) {
        yield problem(file, `text of ${(size / 1e6).toFixed(1)} MB is larger than the ${(opts.maxDocBytes / 1e6).toFixed(0)} MB limit (line ${info.lines})`, 'raise --max-doc-mb or split the text', rowNo, takeBytes());
      } else if (!doc.text.trim()) {
        yield problem(file, `empty text (line ${info.lines})`, 'fill the text column or remove the row', rowNo, takeBytes());
      } else {
        yield { kind: 'doc', doc, bytes: takeBytes() };
      }
    }
  } catch (err) {
    yield problem(file, (err as Error).message.replace(/^Invalid Opening Quote: /, ''), 'fix the CSV at that point; rows before it were read', undefined, takeBytes());
  } finally {
    if (!parser.destroyed) parser.destroy();
    await feed;
  }
  while (pending.length) yield pending.shift()!;
  if (headerProblem) yield headerProblem;
  else if (rowNo === 0) yield problem(file, 'no rows after the header', 'check that the file is a CSV with a header line', undefined, takeBytes());
}
