/**
 * Positional encodings as numbers, for question 54's figures: the sinusoidal table of
 * Vaswani et al. (2017) and RoPE's rotation of one pair of Query/Key dimensions
 * (Su et al., 2021). Same formulas and conventions as that page.
 */

/** ω_i = 10000^(−2i/d), the frequency of dimension pair i (dimensions 2i and 2i+1). */
export function sinusoidalFrequency(i: number, d: number): number {
  return Math.pow(10000, (-2 * i) / d);
}

/** How many positions dimension pair i takes to repeat: 2π/ω_i. */
export function sinusoidalPeriod(i: number, d: number): number {
  return (2 * Math.PI) / sinusoidalFrequency(i, d);
}

/**
 * The table PE[pos][j] for pos = 0..nPos−1 and j = 0..d−1:
 * PE(pos, 2i) = sin(pos·ω_i), PE(pos, 2i+1) = cos(pos·ω_i). d must be even.
 */
export function sinusoidalTable(nPos: number, d: number): number[][] {
  if (d % 2 !== 0) throw new Error(`sinusoidalTable: d must be even, got ${d}`);
  return Array.from({ length: nPos }, (_, pos) =>
    Array.from({ length: d }, (_, j) => {
      const angle = pos * sinusoidalFrequency(Math.floor(j / 2), d);
      return j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }),
  );
}

export interface PECell {
  pos: number;
  dim: number;
  value: number;
}

/** The table as one record per cell, the shape a Plot cell mark takes. */
export function sinusoidalCells(nPos: number, d: number): PECell[] {
  return sinusoidalTable(nPos, d).flatMap((row, pos) => row.map((value, dim) => ({ pos, dim, value })));
}

export const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, v, i) => s + v * b[i]!, 0);

export type Vec2 = readonly [number, number];

/** R(φ)·v with R(φ) = [[cos φ, −sin φ], [sin φ, cos φ]]: counter-clockwise by φ radians. */
export function rotate2(v: Vec2, phi: number): Vec2 {
  const c = Math.cos(phi);
  const s = Math.sin(phi);
  return [c * v[0] - s * v[1], s * v[0] + c * v[1]];
}

/** Direction of a 2-D vector in radians, measured counter-clockwise from the x axis. */
export const angleOf = (v: Vec2): number => Math.atan2(v[1], v[0]);

export interface RopePair {
  m: number;
  n: number;
  /** R(mθ)·q */
  q: Vec2;
  /** R(nθ)·k */
  k: Vec2;
  /** Direction of the rotated q and k, radians. */
  qAngle: number;
  kAngle: number;
  /** Angle from the rotated q to the rotated k, radians: (angle of k − angle of q) + (n − m)θ. */
  between: number;
  /** The attention score of this pair of dimensions: R(mθ)q · R(nθ)k. */
  score: number;
}

/** One pair of dimensions of a Query at position m and a Key at position n, after RoPE with angle θ. */
export function ropePair(q: Vec2, k: Vec2, m: number, n: number, theta: number): RopePair {
  const qr = rotate2(q, m * theta);
  const kr = rotate2(k, n * theta);
  return { m, n, q: qr, k: kr, qAngle: angleOf(qr), kAngle: angleOf(kr), between: angleOf(kr) - angleOf(qr), score: dot(qr, kr) };
}

export const degrees = (rad: number): number => (rad * 180) / Math.PI;
