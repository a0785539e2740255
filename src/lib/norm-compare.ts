/**
 * LayerNorm and RMSNorm of one vector, with γ = 1 and β = 0 and ε left out: the data
 * behind question 71's figure. Statistics are over the vector's own components.
 */

/** The 8-dimensional vector of question 71's example: numpy default_rng(0).normal(loc=2.0, size=8), to 6 decimals. */
export const EXAMPLE_VECTOR: readonly number[] = [2.12573, 1.867895, 2.640423, 2.1049, 1.464331, 2.361595, 3.304, 2.947081];

export const mean = (x: readonly number[]): number => x.reduce((a, b) => a + b, 0) / x.length;

/** Population standard deviation (divide by d), as LayerNorm uses. */
export const std = (x: readonly number[]): number => {
  const mu = mean(x);
  return Math.sqrt(mean(x.map((v) => (v - mu) ** 2)));
};

export const rms = (x: readonly number[]): number => Math.sqrt(mean(x.map((v) => v * v)));

/** (x − μ) / σ. */
export function layerNorm(x: readonly number[]): number[] {
  const mu = mean(x);
  const sigma = std(x);
  return x.map((v) => (v - mu) / sigma);
}

/** x / RMS(x). */
export function rmsNorm(x: readonly number[]): number[] {
  const r = rms(x);
  return x.map((v) => v / r);
}
