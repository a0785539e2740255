import { describe, expect, it } from 'vitest';
import { entropy, normalSampler, saturationCurve, softmax } from '../../src/lib/softmax-stats';
import { seededRandom } from '../../src/lib/random';

describe('softmax and entropy', () => {
  it('equal scores give the uniform distribution, entropy ln n', () => {
    expect(softmax([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(entropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 12);
  });
  it('scores ln 3 and 0 give 3/4 and 1/4, entropy 0.5623 nats', () => {
    const p = softmax([Math.log(3), 0]);
    expect(p[0]).toBeCloseTo(0.75, 12);
    expect(entropy(p)).toBeCloseTo(-(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)), 12);
    expect(entropy(p)).toBeCloseTo(0.5623, 4);
  });
  it('a one-hot distribution has entropy 0, and huge scores do not overflow', () => {
    expect(entropy([1, 0, 0])).toBe(0);
    expect(softmax([1000, 0])).toEqual([1, 0]);
  });
});

describe('normalSampler', () => {
  it('has mean about 0 and variance about 1', () => {
    const draw = normalSampler(seededRandom(1));
    const xs = Array.from({ length: 20000 }, draw);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
  });
});

describe('saturationCurve', () => {
  const curve = saturationCurve([1, 16, 256, 1024], 8, 300);
  const at = (dk: number, scaled: boolean) => curve.find((p) => p.dk === dk && p.scaled === scaled)!;
  it('at d_k = 1 scaling changes nothing', () => {
    expect(at(1, true).entropy).toBeCloseTo(at(1, false).entropy, 12);
  });
  it('scaled: entropy stays put as d_k grows (the variance stays 1)', () => {
    expect(Math.abs(at(1024, true).entropy - at(16, true).entropy)).toBeLessThan(0.1);
    expect(at(1024, true).entropy).toBeLessThan(Math.log(8));
  });
  it('unscaled: entropy collapses toward 0 and the largest weight toward 1', () => {
    expect(at(16, false).entropy).toBeGreaterThan(at(256, false).entropy);
    expect(at(1024, false).entropy).toBeLessThan(0.15);
    expect(at(1024, false).maxWeight).toBeGreaterThan(0.95);
    expect(at(1024, true).maxWeight).toBeLessThan(0.5);
  });
});

describe('the curve question 51 draws (default arguments), as its text alternative states it', () => {
  const curve = saturationCurve([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024]);
  const raw = curve.filter((p) => !p.scaled);
  const scaled = curve.filter((p) => p.scaled);
  it('unscaled entropy falls from 1.81 to under 0.1; the largest weight rises from 0.30 to over 0.96', () => {
    expect(raw[0]!.entropy.toFixed(2)).toBe('1.81');
    expect(raw.at(-1)!.entropy).toBeLessThan(0.1);
    expect(raw[0]!.maxWeight.toFixed(2)).toBe('0.30');
    expect(raw.at(-1)!.maxWeight).toBeGreaterThan(0.96);
  });
  it('scaled entropy stays in [1.72, 1.81] and the largest weight in [0.30, 0.37]', () => {
    for (const p of scaled) {
      expect(p.entropy).toBeGreaterThanOrEqual(1.72);
      expect(p.entropy).toBeLessThan(1.815);
      expect(p.maxWeight).toBeGreaterThanOrEqual(0.295);
      expect(p.maxWeight).toBeLessThanOrEqual(0.37);
    }
  });
});
