import { describe, expect, it } from 'vitest';
import { ffnMatrices, ffnWeights, gatedDff, llamaDff } from '../../src/lib/ffn-params';

describe('FFN weight counts (question 70)', () => {
  it('a plain FFN has 2 matrices, a gated one 3', () => {
    expect(ffnMatrices(768, 3072, false).map((m) => m.name)).toEqual(['W1', 'W2']);
    expect(ffnMatrices(768, 2048, true).map((m) => m.name)).toEqual(['W', 'V', 'W2']);
  });
  it('T5-base, d = 768: ReLU with d_ff = 3072 has 2·768·3072 = 4,718,592 weights', () => {
    expect(ffnWeights(768, 3072, false)).toBe(4_718_592);
  });
  it('SwiGLU with d_ff = 8/3·768 = 2048 has 3·768·2048 = 4,718,592 weights: the same', () => {
    expect(gatedDff(768)).toBe(2048);
    expect(ffnWeights(768, 2048, true)).toBe(4_718_592);
  });
  it('per matrix, as the figure’s bars print them: 768·3072 = 2,359,296 and 768·2048 = 1,572,864', () => {
    expect(ffnMatrices(768, 3072, false).map((m) => m.rows * m.cols)).toEqual([2_359_296, 2_359_296]);
    expect(ffnMatrices(768, 2048, true).map((m) => m.rows * m.cols)).toEqual([1_572_864, 1_572_864, 1_572_864]);
  });
  it('in general 3·d·(8d/3) = 8d² = 2·d·4d', () => {
    for (const d of [3, 300, 768, 4096]) expect(ffnWeights(d, gatedDff(d), true)).toBeCloseTo(ffnWeights(d, 4 * d, false), 6);
  });
  it('LLaMA rounding: ⌊8·4096/3⌋ = 10922 → 43·256 = 11008; 5120 → 13824; 8192 → 22016', () => {
    expect(llamaDff(4096)).toBe(11008);
    expect(llamaDff(5120)).toBe(13824);
    expect(llamaDff(8192)).toBe(22016);
  });
});
