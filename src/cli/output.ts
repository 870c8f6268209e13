/**
 * Where command output goes: standard output or `--out FILE`, written with
 * back-pressure so that a large corpus streams without piling up in memory.
 *
 * @example
 *   const out = openOutput(options.out);
 *   await out.write('line\n'); await out.close();
 */
import fs from 'node:fs';
import { once } from 'node:events';
import { UserError } from '../core/errors.js';

export interface Output {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

export function openOutput(file?: string): Output {
  let stream: NodeJS.WritableStream;
  if (file && file !== '-') {
    try {
      const fd = fs.openSync(file, 'w');
      stream = fs.createWriteStream('', { fd });
    } catch (err) {
      throw new UserError({ file, message: `cannot write (${(err as NodeJS.ErrnoException).code})`, fix: 'check the directory exists and is writable' });
    }
  } else stream = process.stdout;
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async close() {
      if (stream === process.stdout) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
