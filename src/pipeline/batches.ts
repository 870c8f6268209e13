/**
 * Documents in batches for `extractBatch`, which runs each stage over a
 * whole batch at a time. A batch closes at a number of documents or an
 * amount of text, whichever comes first, so that one huge document does
 * not hold many others in memory with it.
 *
 * @example
 *   for await (const batch of batches(docs)) for (const record of extractBatch(batch)) write(record);
 */
import type { Doc } from '../core/record.js';

export interface BatchLimits {
  maxDocs: number;
  /** Characters of text. */
  maxChars: number;
}

/** Past a few dozen short articles a batch gains nothing more (measured over FA-KES: 8 → 32 → 256 documents). */
export const BATCH_LIMITS: BatchLimits = { maxDocs: 64, maxChars: 512 * 1024 };

export async function* batches(docs: AsyncIterable<Doc>, limits: BatchLimits = BATCH_LIMITS): AsyncGenerator<Doc[]> {
  let batch: Doc[] = [];
  let chars = 0;
  for await (const doc of docs) {
    batch.push(doc);
    chars += doc.text.length;
    if (batch.length >= limits.maxDocs || chars >= limits.maxChars) {
      yield batch;
      batch = [];
      chars = 0;
    }
  }
  if (batch.length) yield batch;
}
