import { describe, expect, it } from 'vitest';
import { GIB, KIB, LLAMA2_7B, kvBytesPerToken, kvCacheBytes, kvCacheCurve, kvCacheGiB, tokensToReach, weightBytes } from '../../src/lib/kv-cache-size';

const GQA8 = { ...LLAMA2_7B, kvHeads: 8 };

describe('KV cache size of LLaMA-2-7B in fp16 (question 58)', () => {
  it('per token: 2 · 32 · 32 · 128 · 2 = 524,288 bytes = 512 KiB', () => {
    expect(kvBytesPerToken(LLAMA2_7B)).toBe(524_288);
    expect(kvBytesPerToken(LLAMA2_7B) / KIB).toBe(512);
  });
  it('4096 tokens: 524,288 · 4096 = 2^31 bytes = 2 GiB', () => {
    expect(kvCacheBytes(LLAMA2_7B, 4096)).toBe(2 ** 31);
    expect(kvCacheGiB(LLAMA2_7B, 4096)).toBe(2);
  });
  it('batch 16 × 4096 = 65,536 tokens: 32 GiB; with 8 KV heads a quarter, 8 GiB', () => {
    expect(kvCacheGiB(LLAMA2_7B, 16 * 4096)).toBe(32);
    expect(kvCacheGiB(GQA8, 16 * 4096)).toBe(8);
  });
  it('with 8 KV heads (GQA), 4096 tokens take 0.5 GiB', () => {
    expect(kvCacheGiB(GQA8, 4096)).toBe(0.5);
  });
  it('the weights, 6.7e9 × 2 bytes = 13.4e9 bytes ≈ 12.5 GiB', () => {
    expect(weightBytes(6.7e9)).toBe(13.4e9);
    expect((weightBytes(6.7e9) / GIB).toFixed(1)).toBe('12.5');
  });
  it('the 32-head cache outgrows the weights at 13.4e9 / 524,288 ≈ 25,558 tokens (≈ 25,600)', () => {
    const t = tokensToReach(LLAMA2_7B, weightBytes(6.7e9));
    expect(Math.round(t)).toBe(25_558);
    expect(Math.round(t / 100) * 100).toBe(25_600);
  });
  it('the curve is linear in tokens and starts at 0', () => {
    const c = kvCacheCurve(LLAMA2_7B, [0, 1024, 2048]);
    expect(c).toEqual([
      { tokens: 0, gib: 0 },
      { tokens: 1024, gib: 0.5 },
      { tokens: 2048, gib: 1 },
    ]);
  });
});
