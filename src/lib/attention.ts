import { seededRandom } from './random';

/**
 * The arithmetic of scaled dot-product attention for the attention explorer, small
 * enough to check by hand: the same function renders the server-side first frame and
 * recomputes it in the browser when a control changes.
 */

export type Matrix = number[][];

export function matmul(a: Matrix, b: Matrix): Matrix {
  const inner = b.length;
  if (a.some((row) => row.length !== inner)) throw new Error(`matmul: shapes do not match (${a[0]?.length} vs ${inner})`);
  const cols = b[0]?.length ?? 0;
  return a.map((row) => {
    const out = new Array<number>(cols).fill(0);
    for (let k = 0; k < inner; k++) {
      const x = row[k]!;
      const bk = b[k]!;
      for (let j = 0; j < cols; j++) out[j]! += x * bk[j]!;
    }
    return out;
  });
}

export function transpose(a: Matrix): Matrix {
  const cols = a[0]?.length ?? 0;
  return Array.from({ length: cols }, (_, j) => a.map((row) => row[j]!));
}

export interface MaskOptions {
  /** Hide keys after the query (j > i), as in a decoder. */
  causal: boolean;
  /** Hide the query's own key (j = i), as Reformer does with shared Q = K. */
  diagonal: boolean;
}

/**
 * allowed[i][j]: may query i attend to key j. A query whose only visible key is
 * itself keeps it (Reformer's rule): a row with nothing to attend to has no softmax.
 */
export function attentionMask(n: number, { causal, diagonal }: MaskOptions): boolean[][] {
  return Array.from({ length: n }, (_, i) => {
    const row = Array.from({ length: n }, (_, j) => !(causal && j > i) && !(diagonal && j === i));
    if (!row.some(Boolean)) row[i] = true;
    return row;
  });
}

/**
 * Row-wise softmax, numerically stable: subtracting the row maximum leaves the result
 * unchanged and keeps exp() from overflowing. Masked entries (-Infinity) get weight 0.
 */
export function softmaxRows(scores: Matrix): Matrix {
  return scores.map((row) => {
    const max = Math.max(...row);
    if (max === -Infinity) throw new Error('softmax: every entry of a row is masked');
    const exps = row.map((s) => (s === -Infinity ? 0 : Math.exp(s - max)));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
}

export interface AttentionInput {
  /** Token embeddings, n × d_model. */
  x: Matrix;
  /** Projections, d_model × d_k (query, key) and d_model × d_v (value). */
  wq: Matrix;
  wk: Matrix;
  wv: Matrix;
  /** Use W_Q for the keys too (shared Q = K, question 49). */
  shared: boolean;
  /** Divide the scores by √d_k. */
  scale: boolean;
  /** Extra softmax temperature τ: scores are divided by τ as well. */
  temperature: number;
  mask: MaskOptions;
}

export interface AttentionResult {
  q: Matrix;
  k: Matrix;
  v: Matrix;
  dk: number;
  /** Scores after scaling and temperature, before masking: n × n. */
  scores: Matrix;
  allowed: boolean[][];
  /** Softmax of the masked scores, one row per query: n × n, rows sum to 1. */
  weights: Matrix;
  /** Weighted sums of the value vectors, n × d_v. */
  output: Matrix;
}

export function attention(input: AttentionInput): AttentionResult {
  const { x, wq, wv, shared, scale, temperature, mask } = input;
  if (!(temperature > 0)) throw new Error('attention: temperature must be positive');
  const wk = shared ? wq : input.wk;
  const q = matmul(x, wq);
  const k = matmul(x, wk);
  const v = matmul(x, wv);
  const dk = wq[0]?.length ?? 0;
  const divisor = (scale ? Math.sqrt(dk) : 1) * temperature;
  const scores = matmul(q, transpose(k)).map((row) => row.map((s) => s / divisor));
  const allowed = attentionMask(x.length, mask);
  const weights = softmaxRows(scores.map((row, i) => row.map((s, j) => (allowed[i]![j] ? s : -Infinity))));
  const output = matmul(weights, v);
  return { q, k, v, dk, scores, allowed, weights, output };
}

/** Entropy of one row of weights in bits: 0 when all weight sits on one key (a saturated softmax). */
export function entropyBits(weights: readonly number[]): number {
  return weights.reduce((h, w) => (w > 0 ? h - w * Math.log2(w) : h), 0);
}

/** How many rows put their largest weight on their own token. */
export function diagonalWins(weights: Matrix): number {
  return weights.filter((row, i) => row.every((w) => w <= row[i]!)).length;
}

/**
 * Deterministic pseudo-random projections, so the build and the browser draw the same
 * matrices: mulberry32 for uniform numbers, Box–Muller for normal ones. Entries have
 * variance 1/d_model, so with embeddings of unit-variance components the projected
 * components have variance about 1 — the setting in which Var(q·k) = d_k.
 */
export function randomProjection(dModel: number, dk: number, seed: number): Matrix {
  const uniform = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const sd = 1 / Math.sqrt(dModel);
  return Array.from({ length: dModel }, () => Array.from({ length: dk }, () => normal() * sd));
}

/** Heat-map bucket 0..(buckets-1) for a weight in [0, 1]; the stylesheet colours each bucket. */
export function heatBucket(weight: number, buckets = 8): number {
  if (!(weight > 0)) return 0;
  return Math.min(buckets - 1, Math.floor(weight * buckets));
}

/** A number for a cell of the figure: fixed decimals, a real minus sign, −∞ for masked. */
export function formatCell(value: number, digits = 2): string {
  if (value === -Infinity) return '−∞';
  const s = value.toFixed(digits);
  // -0.00 reads as a different number from 0.00 to a learner.
  return (Number(s) === 0 ? (0).toFixed(digits) : s).replace('-', '−');
}
