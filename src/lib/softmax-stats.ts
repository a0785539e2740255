/**
 * How sharp softmax gets as d_k grows, with and without the 1/√d_k scale: the data
 * behind question 51's figure. Queries and keys have independent standard normal
 * components, the assumption of the variance argument on that page.
 */
import { seededRandom } from './random';

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Shannon entropy in nats; 0·log 0 counts as 0. */
export function entropy(p: readonly number[]): number {
  return 0 - p.reduce((acc, v) => (v > 0 ? acc + v * Math.log(v) : acc), 0);
}

/** Standard normal draws from a uniform generator (Box–Muller). */
export function normalSampler(random: () => number): () => number {
  return () => {
    const u = 1 - random(); // (0, 1]: log(0) never happens
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
}

export interface SaturationPoint {
  dk: number;
  scaled: boolean;
  /** Mean entropy of the attention weights, nats. */
  entropy: number;
  /** Mean of the largest weight. */
  maxWeight: number;
}

/** Mean entropy and largest weight of softmax(q·k / c) over `samples` random queries against n keys. */
export function saturationCurve(dks: readonly number[], n = 8, samples = 1000, seed = 51): SaturationPoint[] {
  const points: SaturationPoint[] = [];
  for (const dk of dks) {
    const normal = normalSampler(seededRandom(seed + dk));
    const sums = { raw: [0, 0], scaled: [0, 0] };
    for (let s = 0; s < samples; s++) {
      const q = Array.from({ length: dk }, normal);
      const dots = Array.from({ length: n }, () => q.reduce((acc, qi) => acc + qi * normal(), 0));
      for (const [key, scores] of [['raw', dots], ['scaled', dots.map((d) => d / Math.sqrt(dk))]] as const) {
        const p = softmax(scores);
        sums[key][0]! += entropy(p);
        sums[key][1]! += Math.max(...p);
      }
    }
    for (const key of ['raw', 'scaled'] as const) {
      points.push({ dk, scaled: key === 'scaled', entropy: sums[key][0]! / samples, maxWeight: sums[key][1]! / samples });
    }
  }
  return points;
}
