/**
 * What one Transformer layer costs, in the accounting of question 57: weight counts
 * (biases dropped) and forward FLOPs for ONE token that attends to n tokens of
 * context. A matrix multiplication costs 2 FLOPs per weight (one multiply, one add).
 *
 * Per token:  attention projections W_Q, W_K, W_V, W_O   2 · 4d²      = 8d²
 *             scores q·k_j for n Keys                     2 · n · d
 *             weighted sum Σ α_j v_j over n Values        2 · n · d    (together 4nd)
 *             FFN W_1 (d × d_ff) and W_2 (d_ff × d)       2 · 2·d·d_ff = 16d² at d_ff = 4d
 * For a whole sequence of n tokens multiply by n: 8nd² + 2n²d (QKᵀ) + 2n²d (AV) against 16nd².
 * Pure: no imports, so the numbers can be checked by hand in the unit test.
 */

/** Weights of the four attention projections, each d × d. */
export const attentionWeights = (d: number): number => 4 * d * d;

/** Weights of a plain two-matrix FFN, W_1 (d × d_ff) and W_2 (d_ff × d). */
export const ffnWeights = (d: number, dFf = 4 * d): number => 2 * d * dFf;

export interface LayerFlops {
  /** Tokens in the context the token attends to. */
  n: number;
  /** 2 · 4d²: the Q, K, V and output projections. */
  projections: number;
  /** 4nd: scoring n Keys and summing n Values. */
  scores: number;
  /** projections + scores. */
  attention: number;
  /** 2 · 2 · d · d_ff. */
  ffn: number;
  attentionShare: number;
  ffnShare: number;
}

/** Forward FLOPs of one layer for one token with n tokens of context. */
export function layerFlopsPerToken(d: number, n: number, dFf = 4 * d): LayerFlops {
  const projections = 2 * attentionWeights(d);
  const scores = 2 * n * d + 2 * n * d;
  const attention = projections + scores;
  const ffn = 2 * ffnWeights(d, dFf);
  const total = attention + ffn;
  return { n, projections, scores, attention, ffn, attentionShare: attention / total, ffnShare: ffn / total };
}

/** The context length at which attention's FLOPs equal the FFN's: 8d² + 4nd = 4·d·d_ff, so n = d_ff − 2d (2d at d_ff = 4d). */
export const attentionFfnCrossover = (d: number, dFf = 4 * d): number => dFf - 2 * d;

/** n = 2^(from), 2^(from + 1/steps), …, 2^(to): evenly spaced on a log axis, for a smooth curve. */
export function log2Range(from: number, to: number, steps = 4): number[] {
  const out: number[] = [];
  for (let i = from * steps; i <= to * steps; i++) out.push(Math.round(2 ** (i / steps)));
  return out;
}
