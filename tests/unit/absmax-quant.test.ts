import { describe, expect, it } from 'vitest';
import { absmaxQuantize, levelsIn, ORDINARY, OUTLIER, outlierExample, qmax, relativeErrors } from '../../src/lib/absmax-quant';

describe('absmaxQuantize', () => {
  it('int8 has codes −127…127, int4 −7…7', () => {
    expect(qmax(8)).toBe(127);
    expect(qmax(4)).toBe(7);
  });
  it('the largest magnitude maps to ±qmax exactly', () => {
    const q = absmaxQuantize([0.5, -2, 1], 8);
    expect(q.scale).toBeCloseTo(2 / 127, 15);
    expect(q.codes).toEqual([32, -127, 64]); // 0.5·127/2 = 31.75 → 32; 1·127/2 = 63.5 → 64 (half away from 0)
  });
  it('rounding error is at most s/2', () => {
    const q = absmaxQuantize(ORDINARY, 4);
    ORDINARY.forEach((v, i) => expect(Math.abs(q.dequantized[i]! - v)).toBeLessThanOrEqual(q.scale / 2 + 1e-15));
  });
});

describe('the figure of question 88: seven weights, int8, without and with the outlier 12.7', () => {
  const { alone, withOutlier } = outlierExample();
  it('alone: s = 0.23/127 ≈ 0.0018, codes spread over −127…116', () => {
    // −0.23/0.0018110 = −127; −0.14 → −77.3 → −77; −0.06 → −33.1 → −33; 0.02 → 11.04 → 11;
    // 0.07 → 38.65 → 39; 0.13 → 71.78 → 72; 0.21 → 115.96 → 116
    expect(alone.scale).toBeCloseTo(0.23 / 127, 15);
    expect(alone.scale.toFixed(4)).toBe('0.0018');
    expect(alone.codes).toEqual([-127, -77, -33, 11, 39, 72, 116]);
  });
  it('alone: every weight comes back within s/2 ≈ 0.0009, under 5% of its size', () => {
    ORDINARY.forEach((v, i) => expect(Math.abs(alone.dequantized[i]! - v)).toBeLessThan(0.0009 + 1e-6));
    expect(Math.max(...relativeErrors(ORDINARY, alone))).toBeLessThan(0.05);
  });
  it('with the outlier: s = 12.7/127 = 0.1', () => {
    expect(withOutlier.scale).toBeCloseTo(0.1, 15);
    expect(OUTLIER / qmax(8)).toBeCloseTo(0.1, 15);
  });
  it('with the outlier: codes −2, −1, −1, 0, 1, 1, 2: seven weights on five levels, 0.02 becomes 0', () => {
    // −0.23/0.1 = −2.3 → −2; −1.4 → −1; −0.6 → −1; 0.2 → 0; 0.7 → 1; 1.3 → 1; 2.1 → 2
    expect(withOutlier.codes).toEqual([-2, -1, -1, 0, 1, 1, 2]);
    expect(new Set(withOutlier.codes).size).toBe(5);
    expect(withOutlier.dequantized[3]).toBe(0);
    withOutlier.dequantized.forEach((v, i) => expect(v).toBeCloseTo(withOutlier.codes[i]! * 0.1, 12));
  });
  it('with the outlier: relative errors up to 100% (0.02 → 0), 67% for −0.06 → −0.1', () => {
    const rel = relativeErrors(ORDINARY, withOutlier);
    expect(rel[3]).toBe(1);
    expect(rel[2]!.toFixed(2)).toBe('0.67');
    expect(Math.min(...rel)).toBeGreaterThan(0.04); // 0.21 → 0.2, the closest, is still 4.8% off
  });
  it('grid points the chart draws on [−0.3, 0.3]: all 255 levels alone, 7 with the outlier', () => {
    expect(levelsIn(alone.scale, 8, -0.3, 0.3)).toHaveLength(255);
    expect(levelsIn(withOutlier.scale, 8, -0.3, 0.3).map((l) => l.code)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    // the ordinary weights (|w| ≤ 0.23) can reach only 5 levels: −2 … 2
    expect(levelsIn(withOutlier.scale, 8, -0.23, 0.23)).toHaveLength(5);
  });
});
