/**
 * JSON Lines: one JSON object per line, streamed. Fields are found as for
 * CSV columns (`text`/`content`, `title`, `date`/`published`, `id`, …). A
 * line that is not a JSON object is reported with its line number.
 *
 * @example
 *   {"id": "a1", "title": "…", "text": "…", "published": "2017-09-16"}
 */
import { resolveColumns, RowSources, rowToDoc } from './columns.js';
import { StrictUtf8Stream, looksBinary } from './decode.js';
import { problem, type ColumnMapping, type ReadItem, type ReadOptions } from './raw-doc.js';

async function* lines(input: AsyncIterable<Buffer>, counter: { bytes: number }): AsyncGenerator<string> {
  const decoder = new StrictUtf8Stream();
  let rest = '';
  let first = true;
  for await (const chunk of input) {
    if (first && looksBinary(chunk)) throw new Error('binary file, not JSON Lines text');
    first = false;
    counter.bytes += chunk.length;
    rest += decoder.push(chunk);
    let nl: number;
    while ((nl = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, nl);
      rest = rest.slice(nl + 1);
    }
  }
  rest += decoder.end();
  if (rest) yield rest;
}

export async function* readJsonLines(file: string, input: AsyncIterable<Buffer>, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const counter = { bytes: 0 };
  let reported = 0;
  const takeBytes = () => { const b = counter.bytes - reported; reported = counter.bytes; return b; };
  let lineNo = 0;
  const sources = new RowSources();
  let docs = 0;
  const mappings = new Map<string, ColumnMapping | null>();
  try {
    for await (const line of lines(input, counter)) {
      lineNo++;
      if (!line.trim()) continue;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch {
        yield problem(file, 'not valid JSON', 'each line must be one JSON object', lineNo, takeBytes());
        continue;
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
        yield problem(file, 'not a JSON object', 'each line must be one {…} object', lineNo, takeBytes());
        continue;
      }
      const row = obj as Record<string, unknown>;
      const key = Object.keys(row).sort().join(',');
      if (!mappings.has(key)) {
        const r = resolveColumns(Object.keys(row), opts.columns);
        mappings.set(key, r.ok ? r.columns : null);
      }
      const columns = mappings.get(key);
      if (!columns) {
        yield problem(file, 'no text field', 'give each object a "text" field, or pass --columns text=FIELD', lineNo, takeBytes());
        continue;
      }
      const doc = sources.unique(rowToDoc(file, row, columns, lineNo));
      if (!doc.text.trim()) yield problem(file, 'empty text', 'fill the text field or remove the line', lineNo, takeBytes());
      else if (Buffer.byteLength(doc.text) > opts.maxDocBytes) yield problem(file, 'text larger than the size limit', 'raise --max-doc-mb or split the text', lineNo, takeBytes());
      else { docs++; yield { kind: 'doc', doc, bytes: takeBytes() }; }
    }
  } catch (err) {
    yield problem(file, (err as Error).message, undefined, undefined, takeBytes());
    return;
  }
  if (docs === 0 && lineNo === 0) yield problem(file, 'empty file', 'pass a file with one JSON object per line', undefined, takeBytes());
}
