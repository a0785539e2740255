import { describe, expect, it } from 'vitest';
import { alibiBias, alibiSlopes, shawIndex, t5Bucket } from '../../src/lib/relative-position';

describe('shawIndex (question 68 example: n = 6, k = 2)', () => {
  it('matches the printed matrix: constant along diagonals, clipped to 0 … 4', () => {
    expect(shawIndex(6, 2)).toEqual([
      [2, 3, 4, 4, 4, 4],
      [1, 2, 3, 4, 4, 4],
      [0, 1, 2, 3, 4, 4],
      [0, 0, 1, 2, 3, 4],
      [0, 0, 0, 1, 2, 3],
      [0, 0, 0, 0, 1, 2],
    ]);
  });
});

describe('t5Bucket (defaults: 32 buckets, max distance 128), the rows the example prints', () => {
  const dist = [0, 1, 7, 8, 15, 16, 31, 64, 127, 128, 1000, 100000];
  it('causal: exact 0–15, then log-wide, 128 and beyond all in bucket 31', () => {
    // 31: 16 + trunc(ln(31/16)/ln 8 · 16) = 16 + trunc(5.09) = 21; 64: 16 + trunc(16·2/3) = 26
    expect(dist.map((x) => t5Bucket(-x, false))).toEqual([0, 1, 7, 8, 15, 16, 21, 26, 31, 31, 31, 31]);
  });
  it('bidirectional, past keys: 16 buckets, exact 0–7', () => {
    // 16: 8 + trunc(ln 2 / ln 16 · 8) = 8 + 2 = 10
    expect(dist.map((x) => t5Bucket(-x))).toEqual([0, 1, 7, 8, 9, 10, 11, 14, 15, 15, 15, 15]);
  });
  it('bidirectional, future keys: offset by 16', () => {
    expect(dist.map((x) => t5Bucket(x))).toEqual([0, 17, 23, 24, 25, 26, 27, 30, 31, 31, 31, 31]);
  });
  it('causal buckets never decrease with distance, and a future key falls in bucket 0', () => {
    const b = Array.from({ length: 300 }, (_, x) => t5Bucket(-x, false));
    for (let x = 1; x < b.length; x++) expect(b[x]!).toBeGreaterThanOrEqual(b[x - 1]!);
    expect(t5Bucket(5, false)).toBe(0);
  });
  it('causal log buckets: the distance range of each bucket (as the Python reference prints them)', () => {
    // bucket b ≥ 16 starts where 16 + trunc(ln(x/16)/ln 8 · 16) reaches b, i.e. at x ≥ 16 · 8^((b−16)/16):
    // b = 31: 16 · 8^(15/16) = 112.4 → 113; b = 30: 16 · 8^(14/16) = 98.7 → 99
    const ranges: Record<number, [number, number]> = {
      16: [16, 18], 17: [19, 20], 18: [21, 23], 19: [24, 26], 20: [27, 30], 21: [31, 34], 22: [35, 39], 23: [40, 45],
      24: [46, 51], 25: [52, 58], 26: [59, 66], 27: [67, 76], 28: [77, 86], 29: [87, 98], 30: [99, 112],
    };
    const xs = Array.from({ length: 400 }, (_, x) => x);
    for (const [b, [lo, hi]] of Object.entries(ranges)) {
      const inBucket = xs.filter((x) => t5Bucket(-x, false) === Number(b));
      expect([inBucket[0], inBucket.at(-1)]).toEqual([lo, hi]);
    }
    expect(xs.filter((x) => t5Bucket(-x, false) === 31)[0]).toBe(113);
    expect(t5Bucket(-399, false)).toBe(31);
  });
});

describe('ALiBi', () => {
  it('8 heads: slopes 1/2, 1/4, …, 1/256', () => {
    expect(alibiSlopes(8)).toEqual([1 / 2, 1 / 4, 1 / 8, 1 / 16, 1 / 32, 1 / 64, 1 / 128, 1 / 256]);
  });
  it('head 1 (m = 1/2), query 5: −2.5, −2, −1.5, −1, −0.5, 0 (the printed row)', () => {
    const bias = alibiBias(6, 1 / 2);
    expect(bias[5]).toEqual([-2.5, -2, -1.5, -1, -0.5, -0]);
    expect(bias[0]).toEqual([-0, null, null, null, null, null]);
  });
  it('constant along diagonals: only i − j matters', () => {
    const bias = alibiBias(6, 1 / 4);
    for (let i = 1; i < 6; i++) for (let j = 1; j <= i; j++) expect(bias[i]![j]).toBe(bias[i - 1]![j - 1]);
  });
});
