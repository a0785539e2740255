import { describe, expect, it } from 'vitest';
import { FIGURE_PAIR, bertInput, maskingShares } from '../../src/lib/bert-input';

describe('bertInput', () => {
  it("question 95's first example: 10 tokens, segments 0000001111 as the page prints", () => {
    const x = bertInput(FIGURE_PAIR.a, FIGURE_PAIR.b);
    expect(x.tokens).toEqual(['[CLS]', 'investors', 'sold', 'bank', 'shares', '[SEP]', 'bonds', 'rallied', 'later', '[SEP]']);
    expect(x.segments.join('')).toBe('0000001111');
    expect(x.positions).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(x.tokens[FIGURE_PAIR.chosen]).toBe('bank');
  });
});

describe('maskingShares', () => {
  it('15% chosen: 0.15 × 0.8 = 12% [MASK], 0.15 × 0.1 = 1.5% random, 1.5% unchanged', () => {
    const s = maskingShares();
    expect(s.mask).toBeCloseTo(0.12, 12);
    expect(s.random).toBeCloseTo(0.015, 12);
    expect(s.unchanged).toBeCloseTo(0.015, 12);
  });
});
