/**
 * Symmetric (absmax) quantization as question 88 writes it: s = max|w| / (2^(b−1) − 1),
 * w_int = clamp(round(w / s)), ŵ = s · w_int. And the example its figure draws: seven
 * ordinary weights, quantized to int8 on their own and then in one group with a
 * single outlier that sets the scale.
 */

export const qmax = (bits: number): number => 2 ** (bits - 1) - 1;

export interface Quantized {
  scale: number;
  codes: number[];
  dequantized: number[];
}

/** Round half away from zero, as C's round(); the figure's values never sit on a tie. */
const roundHalfAway = (v: number): number => Math.sign(v) * Math.round(Math.abs(v));

export function absmaxQuantize(values: readonly number[], bits: number): Quantized {
  const q = qmax(bits);
  const scale = Math.max(...values.map(Math.abs)) / q;
  const codes = values.map((v) => Math.max(-q, Math.min(q, roundHalfAway(v / scale))) + 0);
  return { scale, codes, dequantized: codes.map((c) => c * scale) };
}

/** The ordinary weights of the figure, and the one outlier added to their group. */
export const ORDINARY = [-0.23, -0.14, -0.06, 0.02, 0.07, 0.13, 0.21] as const;
export const OUTLIER = 12.7;

export interface OutlierExample {
  /** int8 on the seven ordinary weights alone. */
  alone: Quantized;
  /** int8 on the same seven plus the outlier; only the seven ordinary entries are kept. */
  withOutlier: Quantized;
}

export function outlierExample(bits = 8): OutlierExample {
  const alone = absmaxQuantize(ORDINARY, bits);
  const all = absmaxQuantize([...ORDINARY, OUTLIER], bits);
  const n = ORDINARY.length;
  return {
    alone,
    withOutlier: { scale: all.scale, codes: all.codes.slice(0, n), dequantized: all.dequantized.slice(0, n) },
  };
}

/** Grid points s·k (integer k, |k| ≤ qmax) that fall inside [lo, hi]. */
export function levelsIn(scale: number, bits: number, lo: number, hi: number): { code: number; value: number }[] {
  const q = qmax(bits);
  const out: { code: number; value: number }[] = [];
  for (let k = Math.max(-q, Math.ceil(lo / scale - 1e-9)); k <= Math.min(q, Math.floor(hi / scale + 1e-9)); k++) out.push({ code: k, value: k * scale });
  return out;
}

/** |ŵ − w| / |w| for each value. */
export const relativeErrors = (values: readonly number[], q: Quantized): number[] => values.map((v, i) => Math.abs(q.dequantized[i]! - v) / Math.abs(v));
