import { describe, expect, it } from 'vitest';
import {
  attention,
  attentionMask,
  diagonalWins,
  entropyBits,
  formatCell,
  heatBucket,
  matmul,
  randomProjection,
  softmaxRows,
  transpose,
} from '../../src/lib/attention';
import { stateFromControls, EXPLORER_DKS, explorerState, figureText, runExplorer, sumTerms } from '../../src/lib/attention-explorer';

const close = (a: number[][], b: number[][], digits = 6) =>
  a.forEach((row, i) => row.forEach((v, j) => expect(v, `[${i}][${j}]`).toBeCloseTo(b[i]![j]!, digits)));

describe('matmul and transpose', () => {
  it('multiply a 2×3 by a 3×2 matrix as by hand', () => {
    expect(matmul([[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10], [11, 12]])).toEqual([[58, 64], [139, 154]]);
  });
  it('refuse shapes that do not match', () => {
    expect(() => matmul([[1, 2]], [[1, 2]])).toThrow(/shapes/);
  });
  it('transpose', () => {
    expect(transpose([[1, 2, 3], [4, 5, 6]])).toEqual([[1, 4], [2, 5], [3, 6]]);
  });
});

describe('softmaxRows', () => {
  it('matches hand-computed values: softmax(0, ln 2, ln 3) = (1/6, 2/6, 3/6)', () => {
    close(softmaxRows([[0, Math.log(2), Math.log(3)]]), [[1 / 6, 2 / 6, 3 / 6]]);
  });
  it('is stable for huge scores that would overflow exp()', () => {
    const [row] = softmaxRows([[1000, 1000, 999]]);
    const e = Math.exp(-1);
    close([row!], [[1 / (2 + e), 1 / (2 + e), e / (2 + e)]]);
  });
  it('gives masked (-Infinity) entries zero weight and renormalises the rest', () => {
    close(softmaxRows([[1, -Infinity, 1]]), [[0.5, 0, 0.5]]);
  });
  it('refuses a fully masked row instead of returning NaN', () => {
    expect(() => softmaxRows([[-Infinity, -Infinity]])).toThrow(/masked/);
  });
});

describe('attentionMask', () => {
  it('causal: lower triangle including the diagonal', () => {
    expect(attentionMask(3, { causal: true, diagonal: false })).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });
  it('diagonal: everything but itself', () => {
    expect(attentionMask(2, { causal: false, diagonal: true })).toEqual([
      [false, true],
      [true, false],
    ]);
  });
  it('causal and diagonal: the first token keeps itself, having nothing else (Reformer)', () => {
    expect(attentionMask(3, { causal: true, diagonal: true })).toEqual([
      [true, false, false],
      [true, false, false],
      [true, true, false],
    ]);
  });
});

describe('attention', () => {
  // Hand example: d_k = 4, so √d_k = 2. Q = K = X, V = I.
  const x = [
    [2, 0, 0, 0],
    [0, 2, 0, 0],
  ];
  const id = [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
  ];
  const base = { x, wq: id, wk: id, wv: id, shared: false, scale: true, temperature: 1, mask: { causal: false, diagonal: false } };

  it('scores are QKᵀ/√d_k and weights their row softmax', () => {
    const r = attention(base);
    expect(r.dk).toBe(4);
    expect(r.scores).toEqual([
      [2, 0],
      [0, 2],
    ]);
    const a = Math.exp(2) / (Math.exp(2) + 1);
    close(r.weights, [
      [a, 1 - a],
      [1 - a, a],
    ]);
    close(r.output, [
      [2 * a, 2 * (1 - a), 0, 0],
      [2 * (1 - a), 2 * a, 0, 0],
    ]);
  });
  it('without scaling the scores are the raw dot products', () => {
    expect(attention({ ...base, scale: false }).scores).toEqual([
      [4, 0],
      [0, 4],
    ]);
  });
  it('temperature divides the scores once more', () => {
    expect(attention({ ...base, temperature: 2 }).scores).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
  it('shared uses W_Q for the keys and ignores W_K', () => {
    const zero = id.map((row) => row.map(() => 0));
    expect(attention({ ...base, wk: zero, shared: true }).scores).toEqual(attention(base).scores);
    expect(attention({ ...base, wk: zero }).scores).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
  it('a causal mask makes the first output its own value', () => {
    const r = attention({ ...base, mask: { causal: true, diagonal: false } });
    close(r.weights, [
      [1, 0],
      [1 - Math.exp(2) / (Math.exp(2) + 1), Math.exp(2) / (Math.exp(2) + 1)],
    ]);
    close([r.output[0]!], [[2, 0, 0, 0]]);
  });
  it('rejects a non-positive temperature', () => {
    expect(() => attention({ ...base, temperature: 0 })).toThrow(/temperature/);
  });
});

describe('helpers', () => {
  it('entropy is 0 bits for one-hot and log2(n) for uniform', () => {
    expect(entropyBits([1, 0, 0])).toBe(0);
    expect(entropyBits([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(2, 10);
  });
  it('diagonalWins counts rows whose own weight is the largest', () => {
    expect(diagonalWins([[0.6, 0.4], [0.7, 0.3]])).toBe(1);
  });
  it('heatBucket maps [0, 1] onto 8 buckets', () => {
    expect([0, 0.124, 0.125, 0.5, 0.99, 1].map((w) => heatBucket(w))).toEqual([0, 0, 1, 4, 7, 7]);
  });
  it('formatCell uses a real minus sign, no negative zero, and −∞', () => {
    expect(formatCell(-1.234)).toBe('−1.23');
    expect(formatCell(-0.001)).toBe('0.00');
    expect(formatCell(-Infinity)).toBe('−∞');
  });
  it('randomProjection is deterministic, seeded, and has variance about 1/d_model', () => {
    expect(randomProjection(4, 3, 7)).toEqual(randomProjection(4, 3, 7));
    expect(randomProjection(4, 3, 7)).not.toEqual(randomProjection(4, 3, 8));
    const w = randomProjection(4, 4096, 1).flat();
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const variance = w.reduce((a, b) => a + (b - mean) ** 2, 0) / w.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeGreaterThan(0.22);
    expect(variance).toBeLessThan(0.28);
  });
});

describe('the explorer figure', () => {
  const maxWeight = (state: Parameters<typeof explorerState>[0]) =>
    Math.max(...runExplorer(explorerState(state)).result.weights.flat());

  it('without scaling the softmax saturates as d_k grows; with scaling it does not', () => {
    expect(maxWeight({ dk: 256, scale: false })).toBeGreaterThan(0.99);
    expect(maxWeight({ dk: 256, scale: true })).toBeLessThan(0.6);
    expect(maxWeight({ dk: 2, scale: false })).toBeLessThan(0.8);
  });
  it('shared Q = K makes the diagonal win; separate projections do not', () => {
    expect(runExplorer(explorerState({ shared: true, dk: 16 })).diagonalWins).toBe(5);
    expect(runExplorer(explorerState({ shared: false, dk: 16 })).diagonalWins).toBeLessThan(3);
  });
  it('masking the diagonal leaves no row to itself', () => {
    expect(runExplorer(explorerState({ shared: true, dk: 16, diagonal: true })).diagonalWins).toBe(0);
  });
  it('offers the d_k values from small to saturating', () => {
    expect(EXPLORER_DKS[0]).toBeLessThanOrEqual(4);
    expect(EXPLORER_DKS.at(-1)).toBeGreaterThanOrEqual(256);
  });
  it('sumTerms lists the visible weights with their tokens', () => {
    expect(sumTerms([0.5, 0.001, 0.499], ['a', 'b', 'c'])).toEqual(['0.50 × a', '0.50 × c']);
  });
  it('figureText words the caption and the inspected row the same way for build and browser', () => {
    const view = runExplorer(explorerState({ shared: true, dk: 16 }));
    const text = figureText(view, 0, ['a', 'b', 'c', 'd', 'e'], {
      explorerScores: 'S / ({divisor})',
      explorerOutput: 'out {token}',
      explorerRowSummary: 'max {max}, {entropy} of {uniform} bits.',
      explorerDiagonalSummary: { one: '{count}/{total} row self.', other: '{count}/{total} self.' },
      locale: 'en',
    });
    expect(text.scoresCaption).toBe('S / (√16 × 1.00)');
    expect(text.outputTitle).toBe('out a');
    expect(text.sum).toMatch(/^\d\.\d\d × a( \+ \d\.\d\d × [b-e])* = \[/);
    expect(text.summary).toMatch(/^max 0\.\d\d, \d\.\d\d of 2\.32 bits\. 5\/5 self\.$/);
  });
});

describe('stateFromControls', () => {
  const controls = (values: Record<string, string>, checked: string[] = [], query = 0) => ({
    value: (name: string) => values[name] ?? '',
    checked: (name: string) => checked.includes(name),
    query,
  });
  it('reads the settings the form shows', () => {
    const s = stateFromControls(controls({ dk: '16', temperature: '1', 'x-0-0': '0.5', 'x-0-1': '2', 'x-1-0': '1', 'x-1-1': '-1' }, ['scale', 'causal'], 1), 2, 2);
    expect(s.x).toEqual([[0.5, 2], [1, -1]]);
    expect(s.dk).toBe(16);
    expect(s.temperature).toBe(2);
    expect(s.scale && s.causal && !s.shared && !s.diagonal).toBe(true);
    expect(s.query).toBe(1);
  });
  it('counts an emptied or half-typed embedding field as 0, not NaN', () => {
    const s = stateFromControls(controls({ dk: '4', temperature: '0', 'x-0-0': '', 'x-0-1': '-' }), 1, 2);
    expect(s.x).toEqual([[0, 0]]);
  });
});

