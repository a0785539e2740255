/**
 * How much GPU memory a KV cache takes, the formula of question 58:
 *   bytes = 2 (K and V) × layers × KV heads × head dim × bytes per number × tokens,
 * where tokens = sequence length × batch size. Pure, so the numbers can be checked by hand.
 */

export interface KvShape {
  layers: number;
  kvHeads: number;
  headDim: number;
  /** 2 for fp16/bf16. */
  bytesPerValue: number;
}

/** LLaMA-2-7B in fp16, the model question 58 works through: 32 layers, 32 KV heads of 128 dims. */
export const LLAMA2_7B: KvShape = { layers: 32, kvHeads: 32, headDim: 128, bytesPerValue: 2 };

export const KIB = 2 ** 10;
export const GIB = 2 ** 30;

export const kvBytesPerToken = (m: KvShape): number => 2 * m.layers * m.kvHeads * m.headDim * m.bytesPerValue;

/** Bytes for `tokens` cached tokens (sequence length × batch). */
export const kvCacheBytes = (m: KvShape, tokens: number): number => kvBytesPerToken(m) * tokens;

export const kvCacheGiB = (m: KvShape, tokens: number): number => kvCacheBytes(m, tokens) / GIB;

/** Bytes of the weights themselves: parameters × bytes per number. */
export const weightBytes = (params: number, bytesPerValue = 2): number => params * bytesPerValue;

/** Cached tokens at which the cache is as large as `bytes` (for example the weights). */
export const tokensToReach = (m: KvShape, bytes: number): number => bytes / kvBytesPerToken(m);

export interface KvPoint {
  tokens: number;
  gib: number;
}

export const kvCacheCurve = (m: KvShape, tokens: readonly number[]): KvPoint[] => tokens.map((t) => ({ tokens: t, gib: kvCacheGiB(m, t) }));
