/**
 * An analysed document as whichever form it was made in: the record
 * object (one thread) or its JSON line (from a worker thread, which sends
 * text because text crosses threads far faster than an object graph). The
 * other form is made only if asked for, once.
 *
 * @example
 *   const a = Analysed.fromRecord(extract(doc));
 *   out.write(a.json + '\n');   // serialised on demand
 *   store.put(a.record);        // the same object
 */
import type { ExtractionRecord } from '../../core/record.js';

export class Analysed {
  private constructor(private made: { record?: ExtractionRecord; json?: string }) {}

  static fromRecord(record: ExtractionRecord): Analysed {
    return new Analysed({ record });
  }

  static fromJson(json: string): Analysed {
    return new Analysed({ json });
  }

  get record(): ExtractionRecord {
    return (this.made.record ??= JSON.parse(this.made.json!) as ExtractionRecord);
  }

  /** The record as one line of JSON, as `extract --format jsonl` writes it. */
  get json(): string {
    return (this.made.json ??= JSON.stringify(this.made.record));
  }
}
