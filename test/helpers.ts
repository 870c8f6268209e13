/** Shared helpers for tests: temporary directories and running pipeline readers. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readInputs, type ReadItem, type ReadOptions } from '../src/readers/index.js';

export function tempDir(prefix = 'sitrep-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes files (name → content) into a fresh temporary directory and returns it. */
export function withFiles(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export const DEFAULT_READ: ReadOptions = { format: 'auto', maxDocBytes: 10 * 1024 * 1024 };

export async function readAll(inputs: string[], opts: Partial<ReadOptions> = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(inputs, { ...DEFAULT_READ, ...opts }).items) out.push(item);
  return out;
}

export const docs = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'doc' ? [i.doc] : []));
export const problems = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'problem' ? [i.problem] : []));
