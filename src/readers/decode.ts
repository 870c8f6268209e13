/**
 * Bytes to text: refuses binary files and invalid UTF-8 with a message that
 * says where and what to do, rather than analysing mojibake.
 *
 * @example
 *   const r = decodeText(buffer);
 *   if (!r.ok) console.error(r.message);
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string; fix: string };

const SNIFF_BYTES = 8000;

/** True when the bytes look like a binary file (NUL bytes or mostly control characters). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** The byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  let at = text.indexOf('\uFFFD');
  while (at >= 0) {
    // A U+FFFD that was really in the file is encoded as EF BF BD.
    const byteAt = Buffer.byteLength(text.slice(0, at), 'utf8');
    if (!(bytes[byteAt] === 0xef && bytes[byteAt + 1] === 0xbf && bytes[byteAt + 2] === 0xbd)) return byteAt;
    at = text.indexOf('\uFFFD', at + 1);
  }
  return -1;
}

const FIX_ENCODING = 'convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8';

/** Decodes a whole file's bytes, stripping a byte-order mark. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (looksBinary(bytes)) {
    return { ok: false, message: 'binary file, not text', fix: 'pass text, Markdown, HTML, CSV or JSON Lines files' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, message: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`, fix: FIX_ENCODING };
  }
}

/**
 * A streaming UTF-8 decoder for large tabular files: decodes chunk by chunk
 * and reports the byte offset of the first invalid sequence.
 */
export class StrictUtf8Stream {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private seen = 0;

  /** Decodes one chunk; throws an Error whose message names the byte offset. */
  push(chunk: Uint8Array): string {
    try {
      const out = this.decoder.decode(chunk, { stream: true });
      this.seen += chunk.length;
      return out;
    } catch {
      const at = firstInvalidUtf8(chunk);
      throw new Error(`not valid UTF-8 (first bad byte near offset ${this.seen + Math.max(0, at)}); ${FIX_ENCODING}`);
    }
  }

  end(): string {
    return this.decoder.decode();
  }
}
