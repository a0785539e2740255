/**
 * Which K/V head each query head reads, and how many numbers the KV cache holds per
 * token: the data behind question 72's figure. Formulas as on that page.
 */

/** GQA with g KV heads: query head i (from 0) reads KV head ⌊i·g/h⌋. g = h is MHA, g = 1 is MQA. */
export function kvHeadOf(queryHead: number, queryHeads: number, kvHeads: number): number {
  return Math.floor((queryHead * kvHeads) / queryHeads);
}

/** Cached numbers per token per layer with n_kv K/V heads of dimension d_h: one K and one V each. */
export function kvNumbersPerLayer(kvHeads: number, dHead: number): number {
  return 2 * kvHeads * dHead;
}

/** MLA caches the latent c (d_c) and the shared RoPE key kᴿ (d_hᴿ) per token per layer. */
export function mlaNumbersPerLayer(dLatent: number, dRope: number): number {
  return dLatent + dRope;
}

/** M_KV = 2 · L · n_kv · d_h · n · b (batch 1). */
export function kvCacheBytes(layers: number, kvHeads: number, dHead: number, tokens: number, bytesPerNumber = 2): number {
  return layers * kvNumbersPerLayer(kvHeads, dHead) * tokens * bytesPerNumber;
}

/** How many KV heads of dimension d_h hold as many numbers as an MLA cache. */
export function equivalentKvHeads(numbersPerLayer: number, dHead: number): number {
  return numbersPerLayer / (2 * dHead);
}
