/**
 * One extraction thread of the pool: runs the whole pipeline on each
 * document it is sent and sends the record back as a JSON line. Stages never throw on
 * text, so every request gets its reply.
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../index.js';
import type { Reply, Request } from './messages.js';

parentPort!.on('message', ({ id, doc }: Request) => {
  parentPort!.postMessage({ id, json: JSON.stringify(extract(doc)) } satisfies Reply);
});
