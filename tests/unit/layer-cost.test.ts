import { describe, expect, it } from 'vitest';
import { attentionFfnCrossover, attentionWeights, ffnWeights, layerFlopsPerToken, log2Range } from '../../src/lib/layer-cost';

describe('weights per layer (question 57, example output)', () => {
  it('d = 512: attention 4·512² = 1,048,576; FFN 2·512·2048 = 2,097,152 = 8d², two thirds of the sum', () => {
    expect(attentionWeights(512)).toBe(1_048_576);
    expect(ffnWeights(512)).toBe(2_097_152);
    expect(ffnWeights(512, 2048)).toBe(8 * 512 * 512);
    expect((ffnWeights(512) / (ffnWeights(512) + attentionWeights(512))).toFixed(3)).toBe('0.667');
  });
  it('d = 4096: attention 67,108,864, FFN 134,217,728, as the page prints', () => {
    expect(attentionWeights(4096)).toBe(67_108_864);
    expect(ffnWeights(4096)).toBe(134_217_728);
  });
});

describe('forward FLOPs per token per layer', () => {
  const d = 4096;
  const d2 = d * d; // 16,777,216
  it('splits into 8d² projections, 4nd scores and 16d² FFN', () => {
    // n = 1000: scores 4·1000·4096 = 16,384,000; projections 8·16,777,216 = 134,217,728; FFN 268,435,456
    const f = layerFlopsPerToken(d, 1000);
    expect(f.projections).toBe(134_217_728);
    expect(f.scores).toBe(16_384_000);
    expect(f.attention).toBe(134_217_728 + 16_384_000);
    expect(f.ffn).toBe(268_435_456);
  });
  it('with no context, attention is 8d² of 24d²: one third, the FFN two thirds', () => {
    const f = layerFlopsPerToken(d, 0);
    expect(f.attentionShare).toBeCloseTo(1 / 3, 12);
    expect(f.ffnShare).toBeCloseTo(2 / 3, 12);
  });
  it('n = 256: 4·256·d = 0.25d², FFN 16 / 24.25 = 66.0%, attention 34.0%', () => {
    expect(layerFlopsPerToken(d, 256).scores).toBe(0.25 * d2);
    expect(layerFlopsPerToken(d, 256).ffnShare).toBeCloseTo(16 / 24.25, 12);
    expect((layerFlopsPerToken(d, 256).ffnShare * 100).toFixed(1)).toBe('66.0');
    expect((layerFlopsPerToken(d, 256).attentionShare * 100).toFixed(1)).toBe('34.0'); // 8.25 / 24.25
  });
  it('n = 2d = 8192: attention 8d² + 8d² = 16d² equals the FFN, 50% each; the page’s crossover', () => {
    expect(attentionFfnCrossover(d)).toBe(8192);
    const f = layerFlopsPerToken(d, 8192);
    expect(f.attention).toBe(f.ffn);
    expect(f.attentionShare).toBe(0.5);
  });
  it('n = 4d = 16384: the score term alone equals the FFN (16d²), the page’s n < 4d', () => {
    const f = layerFlopsPerToken(d, 16384);
    expect(f.scores).toBe(f.ffn);
  });
  it('n = 32d = 131072: attention 8d² + 128d² = 136d², FFN 16 / 152 = 10.5%', () => {
    const f = layerFlopsPerToken(d, 131072);
    expect(f.attention).toBe(136 * d2);
    expect(f.ffnShare).toBeCloseTo(16 / 152, 12);
    expect((f.ffnShare * 100).toFixed(1)).toBe('10.5');
    expect((f.attentionShare * 100).toFixed(1)).toBe('89.5');
  });
  it('attention’s share only grows with n, and the shares add up to 1', () => {
    const ns = log2Range(8, 17);
    const shares = ns.map((n) => layerFlopsPerToken(d, n));
    for (let i = 1; i < shares.length; i++) expect(shares[i]!.attentionShare).toBeGreaterThan(shares[i - 1]!.attentionShare);
    for (const s of shares) expect(s.attentionShare + s.ffnShare).toBeCloseTo(1, 12);
  });
  it('summed over a sequence of n tokens it is the 8nd² + 2n²d + 2n²d vs 16nd² of the whole-matrix count', () => {
    const n = 1000;
    const f = layerFlopsPerToken(d, n);
    expect(n * f.projections).toBe(8 * n * d2);
    expect(n * f.scores).toBe(2 * n * n * d + 2 * n * n * d);
    expect(n * f.ffn).toBe(16 * n * d2);
  });
});

describe('log2Range', () => {
  it('runs from 2^from to 2^to in quarter powers, ends included', () => {
    const r = log2Range(8, 10);
    expect(r).toHaveLength(9);
    expect(r[0]).toBe(256);
    expect(r[4]).toBe(512);
    expect(r.at(-1)).toBe(1024);
    expect(r[1]).toBe(Math.round(256 * 2 ** 0.25)); // 304
  });
});
