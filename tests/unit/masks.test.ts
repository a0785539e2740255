import { describe, expect, it } from 'vitest';
import { causalAllowed, combineAllowed, fullAllowed, maskValues, paddingAllowed, prefixAllowed } from '../../src/lib/masks';

const T = true;
const F = false;

describe('attention masks', () => {
  it('causal: lower triangle including the diagonal', () => {
    expect(causalAllowed(3)).toEqual([
      [T, F, F],
      [T, T, F],
      [T, T, T],
    ]);
  });
  it('padding: the same row for every query, PAD keys blocked', () => {
    expect(paddingAllowed(4, 2)).toEqual(Array(4).fill([T, T, F, F]));
  });
  it('combined: blocked where either blocks (question 53, sequence of length 2 in 4)', () => {
    expect(combineAllowed(causalAllowed(4), paddingAllowed(4, 2))).toEqual([
      [T, F, F, F],
      [T, T, F, F],
      [T, T, F, F],
      [T, T, F, F],
    ]);
  });
  it('prefix-LM: bidirectional inside the prefix, causal after it', () => {
    expect(prefixAllowed(4, 2)).toEqual([
      [T, T, F, F],
      [T, T, F, F],
      [T, T, T, F],
      [T, T, T, T],
    ]);
    expect(prefixAllowed(3, 0)).toEqual(causalAllowed(3));
    expect(fullAllowed(2)).toEqual([
      [T, T],
      [T, T],
    ]);
  });
  it('maskValues draws blocked cells as null', () => {
    expect(maskValues([[T, F]], 0.5)).toEqual([[0.5, null]]);
  });
});
