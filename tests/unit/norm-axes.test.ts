import { describe, expect, it } from 'vitest';
import { batchNormSet, countSet, isPadding, layerNormSet, sliceValues, type NormBlock } from '../../src/lib/norm-axes';

// Question 55's example: B = 2 sequences, T = 4 positions, d = 3 features; sequence 2 has 2 real tokens, then 2 PAD.
const block: NormBlock = { B: 2, T: 4, d: 3, lengths: [4, 2] };
// The output element the figure follows: sequence 1, token 2, feature 1 (0-based [0][1][0]).
const at = { b: 0, t: 1, k: 0 };

describe('which values LayerNorm and BatchNorm average over', () => {
  it('padding: sequence 2 positions 3 and 4 only', () => {
    expect([0, 1, 2, 3].map((t) => isPadding(block, 1, t))).toEqual([false, false, true, true]);
    expect([0, 1, 2, 3].map((t) => isPadding(block, 0, t))).toEqual([false, false, false, false]);
  });
  it('LayerNorm: that token’s d = 3 features, none of them padding', () => {
    const set = layerNormSet(block, at);
    expect(countSet(block, set)).toEqual({ values: 3, padding: 0 });
    expect(set[0]![1]).toEqual([true, true, true]);
    expect(set[1]!.flat().some(Boolean)).toBe(false);
  });
  it('BatchNorm: feature 1 over B·T = 2·4 = 8 values, 2 of them padding', () => {
    const set = batchNormSet(block, at);
    expect(countSet(block, set)).toEqual({ values: 8, padding: 2 });
    for (const b of [0, 1]) for (const row of set[b]!) expect(row).toEqual([true, false, false]);
  });
  it('one set per token for LayerNorm (B·T = 8 sets), one per feature for BatchNorm (d = 3 sets)', () => {
    const lnSets = new Set<string>();
    const bnSets = new Set<string>();
    for (let b = 0; b < 2; b++)
      for (let t = 0; t < 4; t++)
        for (let k = 0; k < 3; k++) {
          lnSets.add(JSON.stringify(layerNormSet(block, { b, t, k })));
          bnSets.add(JSON.stringify(batchNormSet(block, { b, t, k })));
        }
    expect(lnSets.size).toBe(8);
    expect(bnSets.size).toBe(3);
  });
  it('slice values: in the set = fill, padding outside it = null, other = 0', () => {
    expect(sliceValues(block, layerNormSet(block, at), 1)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [null, null, null],
      [null, null, null],
    ]);
    expect(sliceValues(block, batchNormSet(block, at), 1, 0.4)).toEqual([
      [0.4, 0, 0],
      [0.4, 0, 0],
      [0.4, null, null],
      [0.4, null, null],
    ]);
  });
});
