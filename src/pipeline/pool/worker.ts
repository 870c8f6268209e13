/**
 * One extraction thread of the pool: runs the whole pipeline on each batch
 * of documents it is sent and sends the records back as JSON lines. Stages
 * never throw on text, so every request gets its reply.
 */
import { parentPort } from 'node:worker_threads';
import { extractBatch } from '../index.js';
import type { Reply, Request } from './messages.js';

parentPort!.on('message', ({ id, docs }: Request) => {
  parentPort!.postMessage({ id, json: extractBatch(docs).map((r) => JSON.stringify(r)) } satisfies Reply);
});
