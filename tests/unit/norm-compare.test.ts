import { describe, expect, it } from 'vitest';
import { EXAMPLE_VECTOR, layerNorm, mean, rms, rmsNorm, std } from '../../src/lib/norm-compare';

const x = EXAMPLE_VECTOR;

describe('statistics of question 71’s vector, worked by hand', () => {
  it('mean: (2.12573 + 1.867895 + 2.640423 + 2.1049 + 1.464331 + 2.361595 + 3.304 + 2.947081) / 8 = 18.815955 / 8 ≈ 2.352', () => {
    expect(mean(x)).toBeCloseTo(18.815955 / 8, 12);
    expect(mean(x).toFixed(3)).toBe('2.352');
  });
  it('RMS: squares 4.518729 + 3.489032 + 6.971834 + 4.430604 + 2.144265 + 5.577131 + 10.916416 + 8.685286 = 46.733297; √(46.733297/8) ≈ 2.417', () => {
    expect(rms(x)).toBeCloseTo(Math.sqrt(46.733297 / 8), 5);
    expect(rms(x).toFixed(3)).toBe('2.417');
  });
  it('std: √(RMS² − mean²) = √(5.841662 − 5.531877) ≈ 0.557, and RMS² = mean² + std²', () => {
    expect(std(x).toFixed(3)).toBe('0.557');
    expect(rms(x) ** 2).toBeCloseTo(mean(x) ** 2 + std(x) ** 2, 12);
  });
});

describe('the outputs question 71 draws, as its caption and text alternative state them', () => {
  const ln = layerNorm(x);
  const rn = rmsNorm(x);
  it('input components lie between 1.46 and 3.30', () => {
    expect(Math.min(...x).toFixed(2)).toBe('1.46');
    expect(Math.max(...x).toFixed(2)).toBe('3.30');
  });
  it('both outputs have RMS 1', () => {
    expect(rms(ln)).toBeCloseTo(1, 12);
    expect(rms(rn)).toBeCloseTo(1, 12);
  });
  it('LayerNorm output: mean 0, from −1.59 (component 5) to 1.71 (component 7)', () => {
    expect(mean(ln)).toBeCloseTo(0, 12);
    expect(Math.min(...ln).toFixed(2)).toBe('-1.59');
    expect(Math.max(...ln).toFixed(2)).toBe('1.71');
    expect(ln.indexOf(Math.min(...ln))).toBe(4);
  });
  it('RMSNorm output: mean 2.352 / 2.417 ≈ 0.973, all components between 0.61 and 1.37', () => {
    expect(mean(rn).toFixed(3)).toBe('0.973');
    expect(Math.min(...rn).toFixed(2)).toBe('0.61');
    expect(Math.max(...rn).toFixed(2)).toBe('1.37');
  });
  it('LayerNorm = RMSNorm of the centred vector', () => {
    const centred = x.map((v) => v - mean(x));
    rmsNorm(centred).forEach((v, k) => expect(v).toBeCloseTo(ln[k]!, 12));
  });
});
