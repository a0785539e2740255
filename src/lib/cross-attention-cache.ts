/**
 * What an encoder-decoder caches while decoding (question 65). Cross-attention K and V
 * depend only on the encoder output and the layer's projections: n_s × d each, fixed.
 * The decoder's self-attention cache gains one row per generated token.
 */

export interface CacheShapes {
  step: number;
  /** Rows × columns of one layer's self-attention K cache after this step. */
  self: [number, number];
  /** Rows × columns of one layer's cross-attention K cache: the same at every step. */
  cross: [number, number];
}

export function cacheShapes(nSrc: number, d: number, steps: number): CacheShapes[] {
  return Array.from({ length: steps }, (_, t) => ({ step: t, self: [t + 1, d], cross: [nSrc, d] }));
}

/**
 * Multiply-adds spent projecting the encoder output to cross-attention K and V
 * (H_enc W_K and H_enc W_V: 2 · n_s · d² per layer), redone at every step or done once.
 */
export function crossKvMacs(nSrc: number, d: number, nLayers: number, steps: number): { recompute: number; cached: number } {
  const perLayer = 2 * nSrc * d * d;
  return { recompute: steps * nLayers * perLayer, cached: nLayers * perLayer };
}

/** Bytes of K and V over all layers for `positions` positions: 2 · L · positions · d · bytes. */
export const kvBytes = (nLayers: number, positions: number, d: number, bytes: number): number => 2 * nLayers * positions * d * bytes;

/** The toy decoder of the question's example. */
export const TOY_DECODER = { nSrc: 6, d: 8, nLayers: 2, steps: 5 } as const;
