import { describe, expect, it } from 'vitest';
import { oneSidedRelated, sentences, shortAnswerProblem } from '../../src/lib/content-rules';

describe('shortAnswerProblem', () => {
  const zh = '点积衡量方向和长度；除以 √dₖ 让分数的方差回到 1，softmax 不会饱和，梯度也不会消失。';
  it('accepts one to three sentences of the language\'s length', () => {
    expect(shortAnswerProblem(zh, 'zh')).toBeNull();
  });
  it('names too many sentences, counting the period in "et al."', () => {
    expect(sentences('One. Two. Three. Four.')).toHaveLength(4);
    expect(shortAnswerProblem('As Vaswani et al. showed, the score grows with d. It saturates the softmax. So scale it down by the root.', 'en')).toMatch(/4 sentences/);
  });
  it('applies each language\'s length', () => {
    expect(shortAnswerProblem('太短了。', 'zh')).toMatch(/zh needs 30 to 180/);
    expect(shortAnswerProblem(zh, 'en')).toMatch(/en needs 80 to 400/);
  });
});

describe('oneSidedRelated', () => {
  it('names a related link that is not listed back, and nothing else', () => {
    const qs = [
      { number: 46, related: [47, 48], file: 'a/046.mdx' },
      { number: 47, related: [46], file: 'a/047.mdx' },
      { number: 48, related: [], file: 'a/048.mdx' },
    ];
    expect(oneSidedRelated(qs)).toEqual(['a/046.mdx: lists 48 as related, but a/048.mdx does not list 46 back']);
  });
});
