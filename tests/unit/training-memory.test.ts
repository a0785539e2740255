import { describe, expect, it } from 'vitest';
import { BYTES_PER_PARAM, FIGURE_SETUP, bytesPerParam, totalBytes, zeroBytesPerGpu } from '../../src/lib/training-memory';

describe('bytes per parameter, mixed-precision Adam', () => {
  it('2 + 2 + 4 + 4 + 4 = 16, of which 12 are fp32 optimizer state', () => {
    expect(bytesPerParam()).toBe(16);
    expect(BYTES_PER_PARAM.master + BYTES_PER_PARAM.momentum + BYTES_PER_PARAM.variance).toBe(12);
  });
});

describe("ZeRO on question 82's example: Ψ = 7.5e9 parameters, N_d = 64", () => {
  const { psi, nd } = FIGURE_SETUP;
  const gb = (stage: 0 | 1 | 2 | 3) => totalBytes(zeroBytesPerGpu(psi, nd, stage)) / 1e9;
  it('plain data parallel: 16 × 7.5 = 120 GB (15 weights + 15 gradients + 90 optimizer)', () => {
    expect(zeroBytesPerGpu(psi, nd, 0)).toEqual({ weights: 15e9, grads: 15e9, optimizer: 90e9 });
    expect(gb(0)).toBe(120);
  });
  it('ZeRO-1: 4Ψ + 12Ψ/64 = 30 + 1.40625 = 31.40625 GB', () => {
    // 15 GB weights + 15 GB gradients + 90 GB / 64 = 1.40625 GB optimizer state
    expect(zeroBytesPerGpu(psi, nd, 1)).toEqual({ weights: 15e9, grads: 15e9, optimizer: 1.40625e9 });
    expect(gb(1)).toBeCloseTo(31.40625, 9);
    expect(gb(1).toFixed(1)).toBe('31.4');
  });
  it('ZeRO-2: 2Ψ + 14Ψ/64 = 15 + 1.640625 = 16.640625 GB', () => {
    expect(gb(2)).toBeCloseTo(16.640625, 9);
    expect(gb(2).toFixed(1)).toBe('16.6');
  });
  it('ZeRO-3: 16Ψ/64 = 120/64 = 1.875 GB', () => {
    expect(gb(3)).toBeCloseTo(1.875, 9);
    expect(gb(3).toFixed(1)).toBe('1.9');
  });
  it('only plain data parallelism exceeds one 80 GB GPU', () => {
    expect([0, 1, 2, 3].map((s) => gb(s as 0 | 1 | 2 | 3) > 80)).toEqual([true, false, false, false]);
  });
});
