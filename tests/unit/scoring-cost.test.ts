import { describe, expect, it } from 'vitest';
import { mebibytes, millions, scoringCost, wan } from '../../src/lib/scoring-cost';

describe('scoringCost', () => {
  it('small case by hand: n = 2, m = 3, d_k = d_a = 4, fp32', () => {
    // dot: 2·2·3·4 = 48 FLOPs, buffer 2·3·4 B = 24 B
    // additive: 3·2·3·4 = 72 FLOPs, 2·3·4 = 24 tanh, buffer 2·3·4·4 B = 96 B
    expect(scoringCost(2, 3, 4, 4)).toEqual({
      dot: { flops: 48, bufferBytes: 24 },
      additive: { flops: 72, tanh: 24, bufferBytes: 96 },
    });
  });
  it('the additive buffer is d_a times the score matrix', () => {
    const c = scoringCost(10, 7, 5, 32, 2);
    expect(c.additive.bufferBytes / c.dot.bufferBytes).toBe(32);
  });
});

describe('the numbers question 62 prints and its figure shows: n = m = 1024, d_k = d_a = 64, fp32', () => {
  const c = scoringCost(1024, 1024, 64, 64);
  it('dot: 2·1024²·64 = 134 217 728 FLOPs → 134.2 MFLOP; buffer 1024²·4 B = 4 194 304 B = 4 MiB', () => {
    expect(c.dot.flops).toBe(134_217_728);
    expect(millions(c.dot.flops)).toBe('134.2');
    expect(c.dot.bufferBytes).toBe(4_194_304);
    expect(mebibytes(c.dot.bufferBytes)).toBe('4');
  });
  it('additive: 3·1024²·64 = 201 326 592 → 201.3 MFLOP; 1024²·64 = 67 108 864 tanh → 67.1 M; buffer ·4 B = 256 MiB', () => {
    expect(c.additive.flops).toBe(201_326_592);
    expect(millions(c.additive.flops)).toBe('201.3');
    expect(c.additive.tanh).toBe(67_108_864);
    expect(millions(c.additive.tanh)).toBe('67.1');
    expect(wan(c.additive.tanh)).toBe('6710'); // 67.1 M = 6710 万, the zh page's number
    expect(c.additive.bufferBytes).toBe(268_435_456);
    expect(mebibytes(c.additive.bufferBytes)).toBe('256');
  });
});
