/**
 * A typed array reused from call to call and grown when too short. A new
 * typed array lives outside V8's heap and costs about 2 µs to allocate, more
 * than filling one of a document's size; steps that need one per document
 * keep one of these each (a call overwrites what the last call returned).
 *
 * @example
 *   const coverFor = reusable((n) => new Int32Array(n));
 *   const cover = coverFor(tokens.length, -1); // every slot -1
 */
export function reusable<A extends Int32Array | Uint8Array>(make: (length: number) => A): (length: number, fill: number) => A {
  let buffer = make(1024);
  return (length, fill) => {
    if (buffer.length < length) buffer = make(length * 2);
    return buffer.subarray(0, length).fill(fill) as A;
  };
}
