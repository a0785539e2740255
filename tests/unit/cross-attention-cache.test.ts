import { describe, expect, it } from 'vitest';
import { cacheShapes, crossKvMacs, kvBytes, TOY_DECODER } from '../../src/lib/cross-attention-cache';

describe('the toy decoder of question 65 (n_s = 6, d = 8, 2 layers, 5 steps)', () => {
  const { nSrc, d, nLayers, steps } = TOY_DECODER;
  it('self K cache (1, 8) … (5, 8); cross K cache (6, 8) at every step, as printed', () => {
    const shapes = cacheShapes(nSrc, d, steps);
    expect(shapes.map((s) => s.self)).toEqual([
      [1, 8],
      [2, 8],
      [3, 8],
      [4, 8],
      [5, 8],
    ]);
    expect(shapes.every((s) => s.cross[0] === 6 && s.cross[1] === 8)).toBe(true);
  });
  it('cross K/V projections: 5 steps · 2 layers · 2·6·8·8 = 7680 recomputed vs 2 · 768 = 1536 cached', () => {
    expect(crossKvMacs(nSrc, d, nLayers, steps)).toEqual({ recompute: 7680, cached: 1536 });
  });
});

describe('Whisper large (32 decoder layers, d = 1280, 1500 encoder frames, fp16)', () => {
  const MiB = 2 ** 20;
  it('cross cache 2·32·1500·1280·2 = 245,760,000 B = 234.4 MiB; self cache at 448 tokens 70.0 MiB', () => {
    expect(kvBytes(32, 1500, 1280, 2)).toBe(245_760_000);
    expect((kvBytes(32, 1500, 1280, 2) / MiB).toFixed(1)).toBe('234.4');
    expect((kvBytes(32, 448, 1280, 2) / MiB).toFixed(1)).toBe('70.0');
  });
});
