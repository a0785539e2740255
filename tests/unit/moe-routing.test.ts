import { describe, expect, it } from 'vitest';
import { FIGURE_BATCH, FIGURE_PROBS, dispatch, expertCapacity, topKGates } from '../../src/lib/moe-routing';

describe('topKGates', () => {
  it('renormalises within the top-k: 0.30 and 0.20 become 0.30/0.50 = 0.6 and 0.20/0.50 = 0.4', () => {
    const g = topKGates([0.1, 0.3, 0.2, 0.4], 2);
    expect(g.experts).toEqual([3, 1]);
    expect(g.weights[0]).toBeCloseTo(0.4 / 0.7, 12);
    const h = topKGates(FIGURE_PROBS, 2);
    expect(h.experts).toEqual([1, 4]);
    expect(h.weights[0]).toBeCloseTo(0.6, 12);
    expect(h.weights[1]).toBeCloseTo(0.4, 12);
  });
  it('with k = 1 the renormalised weight is always 1 (why Switch uses p_i instead)', () => {
    expect(topKGates(FIGURE_PROBS, 1).weights).toEqual([1]);
  });
  it('ties go to the lower index', () => {
    expect(topKGates([0.25, 0.25, 0.25, 0.25], 2).experts).toEqual([0, 1]);
  });
});

describe('expertCapacity', () => {
  it("question 73's example: ⌊1.25 × 2 × 512 / 8⌋ = ⌊160⌋ = 160", () => {
    expect(expertCapacity(1.25, 2, 512, 8)).toBe(160);
  });
  it('the figure: ⌊1.25 × 1 × 8 / 4⌋ = ⌊2.5⌋ = 2', () => {
    expect(expertCapacity(1.25, 1, 8, 4)).toBe(2);
  });
});

describe('dispatch', () => {
  it('batch order decides who is dropped; all first choices go before second choices', () => {
    // expert 0 has one slot; token 0's second choice and token 1's first choice both want it
    const d = dispatch([[1, 0], [0, 1]], 2, 1);
    expect(d.kept).toEqual([[1], [0]]);
    expect(d.dropped).toEqual([{ token: 0, expert: 0 }, { token: 1, expert: 1 }]);
  });
  it("the figure's batch: FFN₁ gets x₁, x₃ and drops x₄; FFN₄ keeps one slot empty", () => {
    const { tokens, experts, k, factor, choices } = FIGURE_BATCH;
    const cap = expertCapacity(factor, k, tokens, experts);
    const d = dispatch(choices, experts, cap);
    // first choices: x1→0, x2→1, x3→0, x4→0 (0 is full after x1, x3), x5→2, x6→1, x7→3, x8→2
    expect(d.kept).toEqual([[0, 2], [1, 5], [4, 7], [6]]);
    expect(d.dropped).toEqual([{ token: 3, expert: 0 }]);
    expect(d.empty).toEqual([0, 0, 0, 1]);
    // 8 dispatches into 4 × 2 = 8 slots, yet one is dropped: the load is uneven
    expect(cap * experts).toBe(tokens);
  });
  it("the figure's router probabilities sum to 1", () => {
    expect(FIGURE_PROBS.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
