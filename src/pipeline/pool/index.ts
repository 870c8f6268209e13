/**
 * The pipeline on several cores: batches of documents go to worker
 * threads, each running `extractBatch`, and their records come back in the
 * order the documents went in, so the output is the same as with one thread.
 *
 * A worker loads the gazetteer and warms up once (a few hundred
 * milliseconds), so threads pay off on corpora, not on a handful of files.
 *
 * @example
 *   const pool = new ExtractPool(2);
 *   for await (const analysed of pool.extractAll(docs)) out.write(analysed.json + '\n');
 *   await pool.close();
 */
import { Worker } from 'node:worker_threads';
import type { Doc } from '../../core/record.js';
import { batches } from '../batches.js';
import { Analysed } from './analysed.js';
import type { Reply, Request } from './messages.js';

export { Analysed } from './analysed.js';

interface Waiting {
  resolve: (analysed: Analysed[]) => void;
  reject: (err: Error) => void;
}

/** Batches in flight per thread: one being analysed, one waiting, so that no thread idles between them. */
const IN_FLIGHT_PER_THREAD = 2;

interface Thread {
  worker: Worker;
  inFlight: number;
}

export class ExtractPool {
  private readonly threads: Thread[];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(size: number) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => this.start());
  }

  /** The extraction records of a batch of documents, in order, computed on the least busy thread. */
  extractBatch(docs: Doc[]): Promise<Analysed[]> {
    if (this.failure) return Promise.reject(this.failure);
    const thread = this.threads.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    const id = this.nextId++;
    thread.inFlight++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      thread.worker.postMessage({ id, docs } satisfies Request);
    });
  }

  /** The records of a stream of documents, in the order the documents come, a few batches per thread in flight at once. */
  async *extractAll(docs: AsyncIterable<Doc>): AsyncGenerator<Analysed> {
    const inFlight: Promise<Analysed[]>[] = [];
    for await (const batch of batches(docs)) {
      const records = this.extractBatch(batch);
      records.catch(() => {}); // a failure surfaces where the records are awaited, in order, not as an unhandled rejection
      inFlight.push(records);
      if (inFlight.length >= this.threads.length * IN_FLIGHT_PER_THREAD) yield* await inFlight.shift()!;
    }
    while (inFlight.length) yield* await inFlight.shift()!;
  }

  /** Stops every thread; documents still in flight are rejected. */
  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
    this.fail(new Error('the extraction pool was closed'));
  }

  private start(): Thread {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    const thread: Thread = { worker, inFlight: 0 };
    worker.on('message', ({ id, json }: Reply) => {
      thread.inFlight--;
      this.waiting.get(id)?.resolve(json.map((line) => Analysed.fromJson(line)));
      this.waiting.delete(id);
    });
    // A thread that dies (out of memory, a bug outside the stages) fails the run rather than hanging it.
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => { if (code !== 0) this.fail(new Error(`an extraction thread stopped with code ${code}`)); });
    return thread;
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }
}
