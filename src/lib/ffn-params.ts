/**
 * Weight counts of a plain FFN and of a gated (GLU-type) FFN such as SwiGLU: the
 * numbers behind question 70's figure. Biases are left out, as on that page (they add
 * only O(d), and GLU variants usually drop them).
 */

export interface FfnMatrix {
  /** W₁, W₂ for a plain FFN; W, V, W₂ for a gated one. */
  name: 'W1' | 'W' | 'V' | 'W2';
  rows: number;
  cols: number;
}

/** The weight matrices of an FFN of width d and hidden width d_ff. */
export function ffnMatrices(d: number, dff: number, gated: boolean): FfnMatrix[] {
  return gated
    ? [
        { name: 'W', rows: d, cols: dff },
        { name: 'V', rows: d, cols: dff },
        { name: 'W2', rows: dff, cols: d },
      ]
    : [
        { name: 'W1', rows: d, cols: dff },
        { name: 'W2', rows: dff, cols: d },
      ];
}

export function ffnWeights(d: number, dff: number, gated: boolean): number {
  return ffnMatrices(d, dff, gated).reduce((sum, m) => sum + m.rows * m.cols, 0);
}

/** The d_ff that gives a gated FFN the weights of a plain one with 4d: 3·d·d_ff = 8d². */
export function gatedDff(d: number): number {
  return (8 * d) / 3;
}

/** LLaMA's rule: 2/3 · 4d, rounded up to a multiple of `multiple`. */
export function llamaDff(d: number, multiple = 256): number {
  return multiple * Math.ceil(Math.floor((2 * 4 * d) / 3) / multiple);
}
