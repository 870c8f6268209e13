/**
 * Readers: every input (files, directories walked recursively, `-` for
 * standard input) becomes a stream of documents and of problems, in order.
 *
 * @example
 *   for await (const item of readInputs(['articles/', 'fakes.csv'], { format: 'auto', maxDocBytes }).items) {
 *     if (item.kind === 'doc') … else console.error(formatProblem(item.problem));
 *   }
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCsv } from './csv.js';
import { decodeText } from './decode.js';
import { readHtml } from './html.js';
import { readJsonLines } from './jsonl.js';
import { problem, type InputFormat, type RawDoc, type ReadItem, type ReadOptions } from './raw-doc.js';
import { readMarkdown, readPlainText } from './text.js';

export * from './raw-doc.js';
export { parseColumnsFlag, PRESETS } from './columns.js';

const BY_EXTENSION: Record<string, Exclude<InputFormat, 'auto'>> = {
  '.txt': 'text', '.text': 'text', '': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.csv': 'csv',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** One input file, with its size for progress reporting. */
export interface PlannedInput {
  file: string;
  format: Exclude<InputFormat, 'auto'> | null;
  bytes: number;
}

/** Expands the user's inputs into files, reporting paths that cannot be read. */
export function planInputs(inputs: string[], format: InputFormat): { files: PlannedInput[]; problems: ReadItem[] } {
  const files: PlannedInput[] = [];
  const problems: ReadItem[] = [];
  const visit = (p: string, explicit: boolean) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push(problem(p, code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`, code === 'ENOENT' ? 'check the path' : 'check its permissions'));
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = fs.readdirSync(p).sort();
      } catch (err) {
        problems.push(problem(p, `cannot list directory (${(err as NodeJS.ErrnoException).code})`, 'check its permissions'));
        return;
      }
      const before = files.length;
      for (const name of names) if (!name.startsWith('.')) visit(path.join(p, name), false);
      if (explicit && files.length === before) {
        problems.push(problem(p, 'directory has no readable files', `put .txt, .md, .html, .csv or .jsonl files in it`));
      }
      return;
    }
    if (!st.isFile()) return;
    const ext = path.extname(p).toLowerCase();
    const fmt = format !== 'auto' ? format : BY_EXTENSION[ext] ?? null;
    // Inside a directory, files of unknown kinds (images, archives) are passed over silently.
    if (!fmt && !explicit) return;
    files.push({ file: p, format: fmt, bytes: st.size });
  };
  for (const input of inputs) {
    if (input === '-') files.push({ file: '-', format: format === 'auto' ? null : format, bytes: 0 });
    else visit(input, true);
  }
  return { files, problems };
}

function sniff(text: string): Exclude<InputFormat, 'auto' | 'csv'> {
  const head = text.trimStart();
  if (head.startsWith('{')) return 'jsonl';
  if (/^<(!doctype|html|head|body|article|div|p)\b/i.test(head)) return 'html';
  return 'text';
}

async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function wholeDoc(source: string, format: Exclude<InputFormat, 'auto' | 'csv' | 'jsonl'>, text: string): RawDoc {
  if (format === 'html') return readHtml(source, text);
  if (format === 'markdown') return readMarkdown(source, text);
  return readPlainText(source, text);
}

async function* readOne(input: PlannedInput, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const file = input.file === '-' ? 'stdin' : input.file;
  const stream = () => (input.file === '-' ? process.stdin : fs.createReadStream(file));
  if (input.format === 'csv') return yield* readCsv(file, stream() as AsyncIterable<Buffer>, opts);
  if (input.format === 'jsonl') return yield* readJsonLines(file, stream() as AsyncIterable<Buffer>, opts);
  if (input.format === null && input.file !== '-') {
    return yield problem(file, `unknown file type "${path.extname(file)}"`, 'name it .txt, .md, .html, .csv or .jsonl, or pass --input-format', undefined, input.bytes);
  }
  if (input.bytes > opts.maxDocBytes) {
    return yield problem(file, `${(input.bytes / 1e6).toFixed(1)} MB is larger than the ${(opts.maxDocBytes / 1e6).toFixed(0)} MB limit for one document`,
      'split it into articles, or raise --max-doc-mb', undefined, input.bytes);
  }
  let bytes: Buffer | null;
  try {
    bytes = await readAll(stream(), opts.maxDocBytes);
  } catch (err) {
    return yield problem(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'check the path and its permissions', undefined, input.bytes);
  }
  if (!bytes) return yield problem(file, 'input larger than the size limit for one document', 'split it, or raise --max-doc-mb', undefined, input.bytes);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return yield problem(file, decoded.message, decoded.fix, undefined, bytes.length);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (!text.trim()) return yield problem(file, 'empty document', 'remove it or add text', undefined, bytes.length);
  const format = input.format ?? sniff(text);
  if (format === 'jsonl') return yield* readJsonLines(file, (async function* () { yield bytes; })(), opts);
  const doc = wholeDoc(file, format, text);
  if (!doc.text.trim()) return yield problem(file, 'no article text found', 'check that the page has an article body', undefined, bytes.length);
  yield { kind: 'doc', doc, bytes: bytes.length };
}

/**
 * Reads every input in order; never throws for a bad input, it yields a
 * problem instead. `totalBytes` (0 for standard input) is for progress.
 */
export function readInputs(inputs: string[], opts: ReadOptions): { totalBytes: number; items: AsyncGenerator<ReadItem> } {
  const { files, problems } = planInputs(inputs, opts.format);
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  async function* items() {
    yield* problems;
    for (const input of files) yield* readOne(input, opts);
  }
  return { totalBytes, items: items() };
}
