import { describe, expect, it } from 'vitest';
import { loraCount, percent } from '../../src/lib/lora-count';

describe('loraCount', () => {
  it('the example layer: d = k = 32, r = 4 trains 4·64 = 256 of 1024 (25%)', () => {
    expect(loraCount(32, 32, 4)).toEqual({ full: 1024, lora: 256, fraction: 0.25 });
  });
  it('d = k = 4096, r = 8: 8·8192 = 65,536 of 16,777,216 = 0.39%', () => {
    const c = loraCount(4096, 4096, 8);
    expect(c.lora).toBe(65_536);
    expect(c.full).toBe(16_777_216);
    expect(percent(c.fraction)).toBe('0.39%');
  });
  it('a non-square matrix counts r(d + k): d = 8, k = 2, r = 1 → 10 of 16', () => {
    expect(loraCount(8, 2, 1)).toEqual({ full: 16, lora: 10, fraction: 0.625 });
  });
});
