import { describe, expect, it } from 'vitest';
import { countAllowed, figurePatterns, globalAllowed, randomAllowed, rowCounts, slidingWindowAllowed, unionAllowed } from '../../src/lib/sparse-masks';

const T = true;
const F = false;

describe('sparse attention patterns', () => {
  it('sliding window w = 1 on 4 tokens: a band of width 3', () => {
    expect(slidingWindowAllowed(4, 1)).toEqual([
      [T, T, F, F],
      [T, T, T, F],
      [F, T, T, T],
      [F, F, T, T],
    ]);
  });
  it('a global token owns a full row and a full column', () => {
    expect(globalAllowed(3, [0])).toEqual([
      [T, T, T],
      [T, F, F],
      [T, F, F],
    ]);
  });
  it('random links avoid what is taken, r per row, and are reproducible', () => {
    const taken = slidingWindowAllowed(8, 1);
    const r = randomAllowed(taken, 2, 5);
    expect(r).toEqual(randomAllowed(taken, 2, 5));
    expect(rowCounts(r)).toEqual(Array(8).fill(2));
    r.forEach((row, i) => row.forEach((ok, j) => ok && expect(taken[i]![j]).toBe(false)));
    expect(unionAllowed(taken, r)[0]!.filter(Boolean).length).toBe(4);
  });
});

describe("question 74's figure: n = 16, w = 2, token 0 global, 2 random keys per query", () => {
  const p = figurePatterns();
  it('window: 12 rows of 5, rows 1 and 14 of 4, rows 0 and 15 of 3 → 60 + 8 + 6 = 74 cells', () => {
    expect(countAllowed(p.window)).toBe(74);
    expect(rowCounts(p.window)).toEqual([3, 4, ...Array(12).fill(5), 4, 3]);
  });
  it('global: a row and a column of 16 sharing one cell → 31 cells', () => {
    expect(countAllowed(p.global)).toBe(31);
  });
  it('Longformer (window ∪ global): 74 + 13 more in row 0 + 13 more in column 0 = 100 cells', () => {
    expect(countAllowed(p.longformer)).toBe(100);
  });
  it('random: 2 in each of rows 1–15, none in the full global row → 30 cells, all new', () => {
    expect(countAllowed(p.random)).toBe(30);
    expect(rowCounts(p.random)).toEqual([0, ...Array(15).fill(2)]);
    expect(countAllowed(p.bigbird)).toBe(130);
  });
  it('BigBird rows: at most 2w+1 + 1 global + 2 random = 8 scores, except the global row of 16', () => {
    // row 1: window 0..3 (4, includes key 0) + 2 = 6; row 2: 0..4 (5) + 2 = 7;
    // rows 3..13: 5 + key 0 + 2 = 8; row 14: 12..15 (4) + key 0 + 2 = 7; row 15: 13..15 (3) + 1 + 2 = 6
    expect(rowCounts(p.bigbird)).toEqual([16, 6, 7, ...Array(11).fill(8), 7, 6]);
  });
});
