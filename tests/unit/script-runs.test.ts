import { describe, expect, it } from 'vitest';
import { scriptRuns } from '../../src/lib/script-runs';

describe('scriptRuns', () => {
  it('turns Unicode script letters into script runs, keeping runs together', () => {
    expect(scriptRuns('为什么要除以 √dₖ？')).toEqual([{ text: '为什么要除以 √d' }, { text: 'k', script: 'sub' }, { text: '？' }]);
    expect(scriptRuns('QKᵀ')).toEqual([{ text: 'QK' }, { text: 'T', script: 'sup' }]);
    expect(scriptRuns('xᵢⱼ')).toEqual([{ text: 'x' }, { text: 'ij', script: 'sub' }]);
  });
  it('reads TeX-like ASCII on a one-letter base', () => {
    expect(scriptRuns('W_Q, W_K and d_model')).toEqual([
      { text: 'W' }, { text: 'Q', script: 'sub' }, { text: ', W' }, { text: 'K', script: 'sub' }, { text: ' and d' }, { text: 'model', script: 'sub' },
    ]);
    expect(scriptRuns('QK^T / n^2')).toEqual([{ text: 'QK' }, { text: 'T', script: 'sup' }, { text: ' / n' }, { text: '2', script: 'sup' }]);
    expect(scriptRuns('d_{ff}')).toEqual([{ text: 'd' }, { text: 'ff', script: 'sub' }]);
  });
  it('leaves identifiers and plain text alone', () => {
    expect(scriptRuns('masked_fill and snake_case')).toEqual([{ text: 'masked_fill and snake_case' }]);
    expect(scriptRuns('O(n²) 注意力 softmax')).toEqual([{ text: 'O(n²) 注意力 softmax' }]);
  });
});
