import { describe, expect, it } from 'vitest';
import {
  degrees,
  dot,
  ropePair,
  rotate2,
  sinusoidalCells,
  sinusoidalFrequency,
  sinusoidalPeriod,
  sinusoidalTable,
} from '../../src/lib/positional-encoding';

describe('sinusoidal positional encoding', () => {
  it('position 0 is [sin 0, cos 0, …] = [0, 1, 0, 1, …]', () => {
    expect(sinusoidalTable(1, 8)[0]).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
  });
  it('position 1, d = 32: dims 0, 1 are sin 1, cos 1; dim 2 is sin(10000^(−2/32)) = sin(10^−0.25)', () => {
    const pe = sinusoidalTable(2, 32)[1]!;
    expect(pe[0]).toBeCloseTo(0.8414709848, 9); // sin 1
    expect(pe[1]).toBeCloseTo(0.5403023059, 9); // cos 1
    // ω_1 = 10^(−0.25) = 0.5623413; x² = 10^(−0.5) = 0.3162278, x³ = 0.1778279, x⁵ = x³·x² = 0.0562341, x⁷ = 0.0177828
    // sin x ≈ x − x³/6 + x⁵/120 − x⁷/5040 = 0.5623413 − 0.0296380 + 0.0004686 − 0.0000035 = 0.5331684
    expect(pe[2]).toBeCloseTo(0.5331684, 6);
  });
  it('every value is in [−1, 1], and each (sin, cos) pair has length 1', () => {
    const t = sinusoidalTable(64, 32);
    for (const row of t) {
      for (let i = 0; i < 16; i++) expect(row[2 * i]! ** 2 + row[2 * i + 1]! ** 2).toBeCloseTo(1, 12);
    }
  });
  it('d = 8 (the page’s example): ω = 1, 0.1, 0.01, 0.001 and PE₁₀·PE₁₃ = PE₄₀·PE₄₃ = Σ cos 3ωᵢ ≈ 1.96489', () => {
    expect([0, 1, 2, 3].map((i) => sinusoidalFrequency(i, 8))).toEqual([1, 0.1, 0.01, 0.001].map((v) => expect.closeTo(v, 15)));
    const t = sinusoidalTable(64, 8);
    // cos 3 + cos 0.3 + cos 0.03 + cos 0.003 = −0.9899925 + 0.9553365 + 0.9995500 + 0.9999955 = 1.9648895
    expect(dot(t[10]!, t[13]!)).toBeCloseTo(1.9648895, 6);
    expect(dot(t[40]!, t[43]!)).toBeCloseTo(dot(t[10]!, t[13]!), 12);
  });
  it('periods: pair 0 repeats every 2π ≈ 6.28 positions; with d = 32, pair 15 every 2π·10^3.75 ≈ 35 333', () => {
    expect(sinusoidalPeriod(0, 32)).toBeCloseTo(6.2832, 4);
    // 10^3.75 = 5623.413; × 6.283185 = 35332.6
    expect(sinusoidalPeriod(15, 32)).toBeCloseTo(35332.6, 0);
    expect(Math.round(sinusoidalPeriod(15, 32) / 1000)).toBe(35);
  });
  it('cells list every (pos, dim) once, in the same values as the table', () => {
    const cells = sinusoidalCells(64, 32);
    expect(cells).toHaveLength(64 * 32);
    expect(cells[32 + 2]).toEqual({ pos: 1, dim: 2, value: sinusoidalTable(2, 32)[1]![2] });
  });
  it('the heat map’s trend: low dimensions change fast, high ones hardly at all over 64 positions', () => {
    const t = sinusoidalTable(64, 32);
    const range = (dim: number) => Math.max(...t.map((r) => r[dim]!)) - Math.min(...t.map((r) => r[dim]!));
    expect(range(0)).toBeGreaterThan(1.9); // sin covers [−1, 1]
    // dim 31 = cos(pos·10^−3.75): cos(63·0.000178) = cos(0.0112) ≈ 0.99994
    expect(range(31)).toBeLessThan(0.0001);
  });
  it('as the heat map’s text alternative says: from dimension 16 on, sin rows stay in [0, 0.59] and cos rows above 0.8', () => {
    // dim 16 = pair 8: ω₈ = 10000^(−16/32) = 0.01, so pos ≤ 63 gives angles ≤ 0.63: sin 0.63 = 0.589, cos 0.63 = 0.808
    const t = sinusoidalTable(64, 32);
    for (let j = 16; j < 32; j++) {
      const col = t.map((r) => r[j]!);
      if (j % 2 === 0) {
        expect(Math.min(...col)).toBe(0);
        expect(Math.max(...col)).toBeLessThanOrEqual(0.59);
      } else expect(Math.min(...col)).toBeGreaterThan(0.8);
    }
    expect(t[63]![16]).toBeCloseTo(Math.sin(0.63), 12);
    expect(Math.max(...t.map((r) => r[16]!)).toFixed(2)).toBe('0.59');
    // and dimension 10 (pair 5, ω = 10^−1.25 = 0.0562) still changes sign within 64 positions: 63·0.0562 = 3.54 > π
    expect(Math.min(...t.map((r) => r[10]!))).toBeLessThan(0);
  });
});

describe('RoPE on one pair of dimensions', () => {
  it('rotate2 turns counter-clockwise: (1, 0) by π/2 is (0, 1)', () => {
    const [x, y] = rotate2([1, 0], Math.PI / 2);
    expect(x).toBeCloseTo(0, 12);
    expect(y).toBeCloseTo(1, 12);
  });
  it('R(0.5)·(1, 0.2) = (cos .5 − .2 sin .5, sin .5 + .2 cos .5) = (0.781697, 0.654942)', () => {
    // cos 0.5 = 0.8775826, sin 0.5 = 0.4794255: 0.8775826 − 0.0958851 = 0.7816975; 0.4794255 + 0.1755165 = 0.6549420
    const [x, y] = rotate2([1, 0.2], 0.5);
    expect(x).toBeCloseTo(0.7816975, 6);
    expect(y).toBeCloseTo(0.654942, 6);
  });
  const q = [1, 0.2] as const;
  const k = [0.3, 0.9] as const;
  const theta = 0.1;
  it('the score is the same for (m, n) and (m + s, n + s), and changes with m − n', () => {
    const base = ropePair(q, k, 5, 2, theta).score;
    for (const s of [1, 8, 98, 1000]) expect(ropePair(q, k, 5 + s, 2 + s, theta).score).toBeCloseTo(base, 10);
    expect(ropePair(q, k, 5, 3, theta).score).not.toBeCloseTo(base, 3);
  });
  it('rotation keeps the length', () => {
    const p = ropePair(q, k, 13, 10, theta);
    expect(Math.hypot(...p.q)).toBeCloseTo(Math.hypot(...q), 12);
    expect(Math.hypot(...p.k)).toBeCloseTo(Math.hypot(...k), 12);
  });
  describe('the numbers question 54’s RoPE figure prints (q = (1, 0.2), k = (0.3, 0.9), θ = 0.1)', () => {
    const a = ropePair(q, k, 5, 2, theta);
    const b = ropePair(q, k, 13, 10, theta);
    it('without rotation q·k = 0.3 + 0.18 = 0.48 at 60.3° (atan2(0.9, 0.3) − atan(0.2) = 71.565° − 11.310°)', () => {
      const p = ropePair(q, k, 0, 0, theta);
      expect(p.score).toBeCloseTo(0.48, 12);
      expect(degrees(p.between).toFixed(1)).toBe('60.3');
    });
    it('rotations: 5θ = 28.6°, 2θ = 11.5°, 13θ = 74.5°, 10θ = 57.3°', () => {
      expect([5, 2, 13, 10].map((m) => degrees(m * theta).toFixed(1))).toEqual(['28.6', '11.5', '74.5', '57.3']);
    });
    it('after rotation both pairs are 43.1° apart (60.3° − 3θ = 60.26° − 17.19°) and score 0.707', () => {
      // R(−0.3)k = (0.955336·0.3 + 0.295520·0.9, −0.295520·0.3 + 0.955336·0.9) = (0.552569, 0.771146); q·that = 0.552569 + 0.154229 = 0.706798
      for (const p of [a, b]) {
        expect(degrees(p.between).toFixed(1)).toBe('43.1');
        expect(p.score).toBeCloseTo(0.706798, 6);
        expect(p.score.toFixed(3)).toBe('0.707');
      }
    });
    it('both rotated vectors stay in the upper half-plane (the drawing shows 0°..180° only)', () => {
      for (const p of [a, b]) for (const ang of [p.qAngle, p.kAngle]) expect(ang > 0 && ang < Math.PI).toBe(true);
    });
    it('at (13, 10) the rotated q points almost straight up (85.8°) and the rotated k to the upper left (128.9°)', () => {
      // 11.310° + 74.485° = 85.795°; 71.565° + 57.296° = 128.861°
      expect(degrees(b.qAngle).toFixed(1)).toBe('85.8');
      expect(degrees(b.kAngle).toFixed(1)).toBe('128.9');
    });
  });
});
