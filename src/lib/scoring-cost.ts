/**
 * The pairwise cost of scoring n queries against m keys, as question 62's example
 * counts it: the projections both methods need (X·W_Q, X·W_K or q·W₁, k·W₂) are left out.
 *
 * - Dot product: Q·Kᵀ is one matrix product, d_k multiply-adds per pair = 2·n·m·d_k FLOPs;
 *   the only intermediate is the n×m score matrix.
 * - Additive: per pair and hidden unit one addition (q·W₁ + k·W₂), one multiplication by v
 *   and one addition into the sum = 3·n·m·d_a FLOPs, plus n·m·d_a tanh evaluations; a naive
 *   broadcast implementation holds the n×m×d_a tensor before the tanh.
 */
export interface ScoringCost {
  dot: { flops: number; bufferBytes: number };
  additive: { flops: number; tanh: number; bufferBytes: number };
}

export function scoringCost(n: number, m: number, dk: number, da: number, bytesPerValue = 4): ScoringCost {
  return {
    dot: { flops: 2 * n * m * dk, bufferBytes: n * m * bytesPerValue },
    additive: { flops: 3 * n * m * da, tanh: n * m * da, bufferBytes: n * m * da * bytesPerValue },
  };
}

/** 134217728 → "134.2" (millions, one decimal), the way the page prints MFLOP. */
export const millions = (v: number): string => (v / 1e6).toFixed(1);

/** 4194304 → "4" (MiB, whole). */
export const mebibytes = (bytes: number): string => String(Math.round(bytes / 2 ** 20));

/** 67108864 → "6710" (units of 万 = 10⁴), to the precision of millions(): 67.1 M = 6710 万, as the Chinese page prints it. */
export const wan = (v: number): string => String(Math.round(v / 1e5) * 10);
