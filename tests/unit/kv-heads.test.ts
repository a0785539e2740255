import { describe, expect, it } from 'vitest';
import { equivalentKvHeads, kvCacheBytes, kvHeadOf, kvNumbersPerLayer, mlaNumbersPerLayer } from '../../src/lib/kv-heads';

const KiB = 2 ** 10;
const GiB = 2 ** 30;

describe('which KV head a query head reads (question 72)', () => {
  it('MHA (g = h = 64): each query head its own', () => {
    expect(Array.from({ length: 64 }, (_, i) => kvHeadOf(i, 64, 64))).toEqual(Array.from({ length: 64 }, (_, i) => i));
  });
  it('GQA, 64 query heads, 8 KV heads: ⌊i·8/64⌋, heads 0–7 → 0, 8 → 1, 63 → 7', () => {
    expect([0, 7, 8, 15, 16, 63].map((i) => kvHeadOf(i, 64, 8))).toEqual([0, 0, 1, 1, 2, 7]);
    const perHead = Array.from({ length: 8 }, (_, g) => Array.from({ length: 64 }, (_, i) => kvHeadOf(i, 64, 8)).filter((k) => k === g).length);
    expect(perHead).toEqual(Array(8).fill(8));
  });
  it('MQA (g = 1): all read head 0', () => {
    expect(new Set(Array.from({ length: 64 }, (_, i) => kvHeadOf(i, 64, 1)))).toEqual(new Set([0]));
  });
});

describe('cache per token, the example of question 72 worked by hand', () => {
  it('per layer, d_h = 128: MHA 2·64·128 = 16384, GQA 2·8·128 = 2048, MQA 2·1·128 = 256 numbers', () => {
    expect(kvNumbersPerLayer(64, 128)).toBe(16384);
    expect(kvNumbersPerLayer(8, 128)).toBe(2048);
    expect(kvNumbersPerLayer(1, 128)).toBe(256);
  });
  it('80 layers, 2 bytes: 80·16384·2 = 2,621,440 B = 2560 KiB; 320 KiB; 40 KiB per token', () => {
    expect(kvCacheBytes(80, 64, 128, 1)).toBe(2_621_440);
    expect(kvCacheBytes(80, 64, 128, 1) / KiB).toBe(2560);
    expect(kvCacheBytes(80, 8, 128, 1) / KiB).toBe(320);
    expect(kvCacheBytes(80, 1, 128, 1) / KiB).toBe(40);
  });
  it('at 32768 tokens: 80 GiB, 10 GiB, 1.25 GiB', () => {
    expect(kvCacheBytes(80, 64, 128, 32768) / GiB).toBe(80);
    expect(kvCacheBytes(80, 8, 128, 32768) / GiB).toBe(10);
    expect(kvCacheBytes(80, 1, 128, 32768) / GiB).toBe(1.25);
  });
  it('MLA at DeepSeek-V2 sizes: 512 + 64 = 576 numbers per layer = 576/256 = 2.25 KV heads of 128', () => {
    expect(mlaNumbersPerLayer(512, 64)).toBe(576);
    expect(equivalentKvHeads(576, 128)).toBe(2.25);
  });
  it('DeepSeek-V2, 60 layers: MHA would be 60·32768·2 B = 3840 KiB, MLA 60·576·2 B = 67.5 KiB, 56.9× less', () => {
    const mha = 60 * kvNumbersPerLayer(128, 128) * 2;
    const mla = 60 * mlaNumbersPerLayer(512, 64) * 2;
    expect(mha / KiB).toBe(3840);
    expect(mla / KiB).toBe(67.5);
    expect((mha / mla).toFixed(1)).toBe('56.9');
  });
});
