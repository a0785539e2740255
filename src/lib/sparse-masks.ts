/**
 * Sparse attention patterns as "may query i look at key j" matrices (rows queries,
 * columns keys, as in masks.ts): Longformer's sliding window and global tokens, and
 * BigBird's random links. The data behind question 74's figure.
 */
import type { Allowed } from './masks';
import { seededRandom } from './random';

/** Each query sees the keys at most w positions away on either side: a band 2w + 1 wide. */
export function slidingWindowAllowed(n: number, w: number): Allowed {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Math.abs(i - j) <= w));
}

/** Global tokens see every position and are seen by every position: full rows and columns. */
export function globalAllowed(n: number, globals: readonly number[]): Allowed {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => globals.includes(i) || globals.includes(j)));
}

/**
 * BigBird's random links: each query gets r keys drawn uniformly, without replacement,
 * from the keys `taken` does not already allow (all of them if fewer than r are free).
 */
export function randomAllowed(taken: Allowed, r: number, seed: number): Allowed {
  const random = seededRandom(seed);
  return taken.map((row) => {
    const free = row.flatMap((ok, j) => (ok ? [] : [j]));
    for (let i = free.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [free[i], free[j]] = [free[j]!, free[i]!];
    }
    const picked = new Set(free.slice(0, r));
    return row.map((_, j) => picked.has(j));
  });
}

/** Allowed where any of the masks allows (the union of the patterns). */
export function unionAllowed(...masks: Allowed[]): Allowed {
  const [first, ...rest] = masks;
  if (!first) return [];
  return first.map((row, i) => row.map((ok, j) => ok || rest.some((m) => m[i]![j]!)));
}

export const countAllowed = (mask: Allowed): number => mask.reduce((acc, row) => acc + row.filter(Boolean).length, 0);

export const rowCounts = (mask: Allowed): number[] => mask.map((row) => row.filter(Boolean).length);

/** Question 74's figure: 16 tokens, window 2 each side, token 0 global, 2 random keys per query. */
export const FIGURE_PATTERN = { n: 16, w: 2, globals: [0], r: 2, seed: 74 } as const;

export function figurePatterns(p: { n: number; w: number; globals: readonly number[]; r: number; seed: number } = FIGURE_PATTERN) {
  const window = slidingWindowAllowed(p.n, p.w);
  const global = globalAllowed(p.n, p.globals);
  const longformer = unionAllowed(window, global);
  const random = randomAllowed(longformer, p.r, p.seed);
  return { window, global, random, longformer, bigbird: unionAllowed(longformer, random) };
}
