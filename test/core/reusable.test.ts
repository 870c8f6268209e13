import { describe, expect, it } from 'vitest';
import { reusable } from '../../src/core/reusable.js';

describe('reusable typed arrays', () => {
  it('gives an array of the asked length, every slot filled, growing past its first size', () => {
    const get = reusable((n) => new Int32Array(n));
    const small = get(3, -1);
    small[0] = 7;
    expect([...get(3, -1)]).toEqual([-1, -1, -1]);
    const big = get(5000, 2);
    expect(big.length).toBe(5000);
    expect(big.every((v) => v === 2)).toBe(true);
  });
});
