import { describe, expect, it } from 'vitest';
import { LLAMA2_X4, ropePairs, yarnRamp } from '../../src/lib/rope-scaling';

// LLaMA 2 setting of question 69: d_k = 128, b = 10000, L = 4096, s = 4, α = 1, β = 32.
const pairs = ropePairs(LLAMA2_X4);
const at = (i: number) => pairs[i]!;

describe('RoPE pairs, worked by hand', () => {
  it('has d_k / 2 = 64 pairs', () => {
    expect(pairs).toHaveLength(64);
  });
  it('pair 0: θ = 10000⁰ = 1, λ = 2π ≈ 6.283, r = 4096 / 6.283 ≈ 651.90; PI 0.25, NTK 1, YaRN 1', () => {
    expect(at(0).theta).toBe(1);
    expect(at(0).wavelength).toBeCloseTo(6.2832, 4);
    expect(at(0).turns.toFixed(2)).toBe('651.90');
    expect(at(0).pi).toBe(0.25);
    expect(at(0).ntk).toBe(1);
    expect(at(0).yarn).toBe(1);
  });
  it('pair 63: θ = 10^(−4·126/128) = 10^−3.9375 ≈ 1.1548e−4, λ ≈ 54410.1; all three methods give 0.25', () => {
    expect(at(63).theta).toBeCloseTo(1.1548e-4, 8);
    expect(at(63).wavelength.toFixed(1)).toBe('54410.1');
    // NTK: 4^(−2·63/126) = 4⁻¹
    expect(at(63).ntk).toBeCloseTo(0.25, 12);
    expect(at(63).yarn).toBe(0.25);
  });
  it('the slowest pair reaches 4095·θ₆₃ ≈ 0.473 rad in training and 16383·θ₆₃ ≈ 1.892 rad naively at 16384', () => {
    expect((4095 * at(63).theta).toFixed(3)).toBe('0.473');
    expect((16383 * at(63).theta).toFixed(3)).toBe('1.892');
  });
  it('18 pairs (46–63) never complete a turn: λ₄₅ = 2π·10^2.8125 ≈ 4080 < 4096 < λ₄₆ = 2π·10^2.875 ≈ 4712', () => {
    const under = pairs.filter((p) => p.turns < 1).map((p) => p.pair);
    expect(under).toHaveLength(18);
    expect(under[0]).toBe(46);
    expect(at(45).wavelength).toBeCloseTo(4080.2, 1);
    expect(at(46).wavelength).toBeCloseTo(4711.7, 1);
  });
  it('YaRN leaves pairs 0–20 alone: λ₂₀ = 2π·10^1.25 ≈ 111.7 (r ≈ 36.7 > 32), λ₂₁ ≈ 129.0 (r ≈ 31.7)', () => {
    const kept = pairs.filter((p) => p.yarn === 1).map((p) => p.pair);
    expect(kept).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(at(20).turns).toBeCloseTo(36.66, 2);
    expect(at(21).turns).toBeCloseTo(31.75, 2);
  });
  it('YaRN pair 24: λ = 2π·10^1.5 ≈ 198.69, r ≈ 20.615, γ = 19.615/31 ≈ 0.6327, factor 0.25 + 0.75·0.6327 ≈ 0.725', () => {
    expect(at(24).turns).toBeCloseTo(20.615, 3);
    expect(yarnRamp(at(24).turns, 1, 32)).toBeCloseTo(0.6327, 4);
    expect(at(24).yarn.toFixed(3)).toBe('0.725');
  });
  it('the example table rows: NTK 0.839 / 0.703 / 0.590 / 0.495 / 0.415 / 0.348 / 0.292 at pairs 8 … 56; YaRN 0.384, 0.276 at 32, 40', () => {
    expect([8, 16, 24, 32, 40, 48, 56].map((i) => at(i).ntk.toFixed(3))).toEqual(['0.839', '0.703', '0.590', '0.495', '0.415', '0.348', '0.292']);
    expect([32, 40, 48, 56].map((i) => at(i).yarn.toFixed(3))).toEqual(['0.384', '0.276', '0.250', '0.250']);
  });
});

describe('the shape question 69 draws, as its caption and text alternative state it', () => {
  it('PI is 0.25 everywhere; NTK falls monotonically from 1 to 0.25; YaRN is 1, then a ramp, then 0.25', () => {
    expect(pairs.every((p) => p.pi === 0.25)).toBe(true);
    for (let i = 1; i < 64; i++) expect(at(i).ntk).toBeLessThan(at(i - 1).ntk);
    for (let i = 1; i < 64; i++) expect(at(i).yarn).toBeLessThanOrEqual(at(i - 1).yarn);
    const ramp = pairs.filter((p) => p.yarn < 1 && p.yarn > 0.25).map((p) => p.pair);
    expect(ramp[0]).toBe(21);
    expect(ramp.at(-1)).toBe(45);
  });
  it('NTK leaves every under-one-turn pair above 0.25 except the last: up to 4^(−92/126) ≈ 0.363 at pair 46', () => {
    const under = pairs.filter((p) => p.turns < 1);
    expect(under.slice(0, -1).every((p) => p.ntk > 0.25 + 1e-9)).toBe(true);
    expect(at(46).ntk.toFixed(3)).toBe('0.363');
    expect(Math.max(...under.map((p) => p.ntk))).toBe(at(46).ntk);
  });
});
