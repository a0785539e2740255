import { describe, expect, it } from 'vitest';
import { forwardFlopsPerToken, GPT2_SMALL, gptCount, layerParts, layerTotal } from '../../src/lib/layer-count';

const part = (d: number, key: string) => layerParts(d).find((p) => p.key === key)!.params;

describe('layerParts', () => {
  it('d = 64 (the block the example runs): 12d² + 13d = 12·4096 + 13·64 = 49,152 + 832 = 49,984', () => {
    expect(layerTotal(64)).toBe(49_984);
  });
  it('attention 4d², FFN 8d², the rest 13d when d_ff = 4d', () => {
    const d = 10;
    const sum = (g: string) => layerParts(d).filter((p) => p.group === g).reduce((s, p) => s + p.params, 0);
    expect(sum('attention')).toBe(400);
    expect(sum('ffn')).toBe(800);
    expect(sum('other')).toBe(130);
  });
  it('a different d_ff changes only the FFN and its bias', () => {
    // d = 4, d_ff = 6: W_1 = W_2 = 24; small = 3·4 + 4 + 6 + 4 + 16 = 42
    expect(part(4, 'w1')).toBe(64);
    expect(layerParts(4, 6).map((p) => p.params)).toEqual([48, 16, 24, 24, 42]);
  });
});

describe('GPT-2 small (d = 768, 12 layers, V = 50257, n_ctx = 1024), the numbers question 66 prints and its figure draws', () => {
  const { nLayer, d, nVocab, nCtx } = GPT2_SMALL;
  it('one layer: 3d² = 3·589,824 = 1,769,472; d² = 589,824; 4d² = 2,359,296; 13d = 9,984', () => {
    expect(part(d, 'qkv')).toBe(1_769_472);
    expect(part(d, 'o')).toBe(589_824);
    expect(part(d, 'w1')).toBe(2_359_296);
    expect(part(d, 'w2')).toBe(2_359_296);
    expect(part(d, 'small')).toBe(9_984);
    // 1,769,472 + 589,824 + 2·2,359,296 + 9,984 = 7,087,872
    expect(layerTotal(d)).toBe(7_087_872);
  });
  it('N = 12 · 7,087,872 = 85,054,464; total 124,439,808; embeddings 32%', () => {
    const c = gptCount(nLayer, d, nVocab, nCtx);
    expect(c.nonEmbedding).toBe(85_054_464);
    // 50257·768 + 1024·768 + 2·768 = 38,597,376 + 786,432 + 1,536 = 39,385,344
    expect(c.embedding).toBe(39_385_344);
    expect(c.total).toBe(124_439_808);
    expect(Math.round((100 * c.embedding) / c.total)).toBe(32);
  });
  it('attention holds 1/3 and the FFN 2/3 of a layer’s matrices: 2.36 M vs 4.72 M', () => {
    const att = part(d, 'qkv') + part(d, 'o');
    const ffn = part(d, 'w1') + part(d, 'w2');
    expect(att).toBe(2_359_296);
    expect(ffn).toBe(4_718_592);
    expect((att / 1e6).toFixed(2)).toBe('2.36');
    expect((ffn / 1e6).toFixed(2)).toBe('4.72');
    expect((part(d, 'qkv') / 1e6).toFixed(2)).toBe('1.77');
    expect((part(d, 'o') / 1e6).toFixed(2)).toBe('0.59');
    expect((part(d, 'small') / 1e6).toFixed(2)).toBe('0.01');
    expect((layerTotal(d) / 1e6).toFixed(2)).toBe('7.09');
  });
  it('forward FLOPs per token: 2N = 170.1 M, attention 2·12·1024·768 = 18.9 M, output 2·768·50257 = 77.2 M', () => {
    const f = forwardFlopsPerToken(nLayer, d, nVocab, nCtx);
    expect(f.weights).toBe(170_108_928);
    expect(f.attention).toBe(18_874_368);
    expect(f.output).toBe(77_194_752);
    expect((f.weights / 1e6).toFixed(1)).toBe('170.1');
    expect((f.attention / 1e6).toFixed(1)).toBe('18.9');
    expect((f.output / 1e6).toFixed(1)).toBe('77.2');
    // the output layer is close to half of 2N: 77.2 / 170.1 ≈ 0.45
    expect((f.output / f.weights).toFixed(2)).toBe('0.45');
  });
});
