/**
 * RoPE frequencies and what three context-extension methods do to them: the data
 * behind question 69's figure. Pair i (0 … d_k/2 − 1) turns θ_i = b^(−2i/d_k) radians
 * per position; each method replaces θ_i by h(θ_i). Formulas as on that page:
 *   PI:   h(θ) = θ / s
 *   NTK:  h(θ_i) = θ_i · s^(−2i/(d_k − 2))          (base b·s^(d_k/(d_k−2)))
 *   YaRN: h(θ_i) = (1 − γ(r_i)) θ_i / s + γ(r_i) θ_i, r_i = L / λ_i turns in the window,
 *         γ(r) = 0 below α, 1 above β, linear between.
 */

export interface RopeSetting {
  /** Head dimension d_k. */
  dk: number;
  /** RoPE base b. */
  base: number;
  /** Trained length L. */
  trained: number;
  /** Extension factor s = L′ / L. */
  scale: number;
  /** YaRN ramp: below α turns a pair is fully interpolated, above β left alone. */
  alpha: number;
  beta: number;
}

/** The LLaMA 2 setting of question 69's example, extended 4-fold. */
export const LLAMA2_X4: RopeSetting = { dk: 128, base: 10000, trained: 4096, scale: 4, alpha: 1, beta: 32 };

export interface RopePair {
  pair: number;
  /** θ_i, radians per position. */
  theta: number;
  /** λ_i = 2π / θ_i, tokens per full turn. */
  wavelength: number;
  /** r_i = L / λ_i, full turns inside the trained window. */
  turns: number;
  /** New θ / old θ for each method. */
  pi: number;
  ntk: number;
  yarn: number;
}

/** YaRN's ramp γ(r). */
export function yarnRamp(r: number, alpha: number, beta: number): number {
  return Math.min(1, Math.max(0, (r - alpha) / (beta - alpha)));
}

export function ropePairs(setting: RopeSetting = LLAMA2_X4): RopePair[] {
  const { dk, base, trained, scale, alpha, beta } = setting;
  return Array.from({ length: dk / 2 }, (_, i) => {
    const theta = base ** ((-2 * i) / dk);
    const wavelength = (2 * Math.PI) / theta;
    const turns = trained / wavelength;
    const gamma = yarnRamp(turns, alpha, beta);
    return {
      pair: i,
      theta,
      wavelength,
      turns,
      pi: 1 / scale,
      ntk: scale ** ((-2 * i) / (dk - 2)),
      yarn: (1 - gamma) / scale + gamma,
    };
  });
}
