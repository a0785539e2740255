import { describe, expect, it } from 'vitest';
import { FORMATS, floatStats, powerOfTen, sci, shareBelow } from '../../src/lib/float-formats';

const stats = (name: string) => floatStats(FORMATS.find((f) => f.name === name)!);

describe('floatStats', () => {
  it('bit budgets: fp32 1+8+23 = 32, bf16 1+8+7 = 16, fp16 1+5+10 = 16', () => {
    expect(['fp32', 'bf16', 'fp16'].map((n) => stats(n).bits)).toEqual([32, 16, 16]);
  });
  it('fp16: bias 2⁴−1 = 15, max (2 − 2⁻¹⁰)·2¹⁵ = 65536 − 32 = 65504, min normal 2⁻¹⁴, min subnormal 2⁻²⁴', () => {
    const s = stats('fp16');
    expect(s.bias).toBe(15);
    expect(s.max).toBe(65504);
    expect(s.minNormal).toBe(2 ** -14);
    expect(s.minNormal.toPrecision(2)).toBe('0.000061'); // 6.1×10⁻⁵ on the page
    expect(s.minSubnormal.toExponential(1)).toBe('6.0e-8'); // 2⁻²⁴ ≈ 5.96×10⁻⁸
    expect(s.spacingAtOne).toBe(2 ** -10);
  });
  it('fp32: bias 127, max (2 − 2⁻²³)·2¹²⁷ ≈ 3.40×10³⁸, min normal 2⁻¹²⁶ ≈ 1.18×10⁻³⁸', () => {
    const s = stats('fp32');
    expect(s.bias).toBe(127);
    expect(s.max.toExponential(2)).toBe('3.40e+38');
    expect(s.minNormal.toExponential(2)).toBe('1.18e-38');
    expect(s.spacingAtOne).toBe(2 ** -23);
  });
  it('bf16: the same exponent as fp32, so the same min normal; max (2 − 2⁻⁷)·2¹²⁷ ≈ 3.39×10³⁸; spacing 2⁻⁷', () => {
    const s = stats('bf16');
    expect(s.minNormal).toBe(stats('fp32').minNormal);
    expect(s.max.toExponential(2)).toBe('3.39e+38');
    expect(s.spacingAtOne).toBe(0.0078125);
  });
});

describe('shareBelow', () => {
  it("the page's gradients, log-uniform on [1e-12, 1e-2]: (log₁₀ 2⁻²⁵ + 12) / 10 ≈ 44.7% round to 0 in fp16", () => {
    // fp16 rounds to 0 below half its smallest subnormal, 2⁻²⁵ ≈ 2.98×10⁻⁸; log₁₀ of it ≈ −7.526
    expect((shareBelow(2 ** -25, -12, -2) * 100).toFixed(1)).toBe('44.7');
  });
  it('clamps to [0, 1]', () => {
    expect(shareBelow(1e-20, -12, -2)).toBe(0);
    expect(shareBelow(1, -12, -2)).toBe(1);
  });
});

describe('labels', () => {
  it('scientific notation with superscripts, as the figure prints the page’s table', () => {
    expect(sci(floatStats({ exponent: 8, mantissa: 7 }).spacingAtOne)).toBe('7.8×10⁻³');
    expect(sci(floatStats({ exponent: 8, mantissa: 23 }).max, 2)).toBe('3.40×10³⁸');
    expect(sci(floatStats({ exponent: 8, mantissa: 23 }).minNormal, 2)).toBe('1.18×10⁻³⁸');
    expect(sci(floatStats({ exponent: 5, mantissa: 10 }).minNormal)).toBe('6.1×10⁻⁵');
    expect(sci(floatStats({ exponent: 5, mantissa: 10 }).minSubnormal)).toBe('6.0×10⁻⁸');
    expect(powerOfTen(0)).toBe('10⁰');
  });
});
