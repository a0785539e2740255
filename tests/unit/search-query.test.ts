import { describe, expect, it } from 'vitest';
import { editDistance, isKnown, isMatched, mergeWordResults, planQuery, queryWords, suggestWord } from '../../src/lib/search-query';
import { buildSearchWords, indexedText } from '../../src/lib/search-words';

const vocab = buildSearchWords([
  'attention attention attention mask masks layernorm layer normalization hallucination pre-ln law',
  '注意力 掩码 层归一化',
]);

describe('buildSearchWords and indexedText', () => {
  it('counts Latin words (most frequent first), joins hyphenated ones, collects Han characters', () => {
    expect(vocab.words[0]).toBe('attention');
    expect(vocab.words).toContain('preln');
    expect(vocab.words).toContain('pre');
    expect(vocab.han).toBe([...'注意力掩码层归一化'].sort().join(''));
  });
  it('reads only the indexed body, without ignored parts', () => {
    const html = '<html><body><nav>menu</nav><article data-pagefind-body><h1>Title</h1><p>kept <span data-pagefind-ignore="all">dropped</span></p><p hidden>alias</p></article></body></html>';
    const text = indexedText(html);
    expect(text).toMatch(/Title/);
    expect(text).toMatch(/kept/);
    expect(text).toMatch(/alias/);
    expect(text).not.toMatch(/dropped|menu/);
  });
});

describe('queryWords', () => {
  it('lower-cases and drops punctuation', () => {
    expect(queryWords('Pre-LN, KV cache?')).toEqual(['pre', 'ln', 'kv', 'cache']);
  });
  it('uses the segmenter it is given (the browser cuts Chinese into words)', () => {
    expect(queryWords('为什么除以根号dk', () => ['为什么', '除以', '根号', 'dk'])).toEqual(['为什么', '除以', '根号', 'dk']);
  });
});

describe('isMatched', () => {
  it('a highlight that starts with the word matches: the reader may still be typing', () => {
    expect(isMatched('attent', ['Attention'])).toBe(true);
    expect(isMatched('mha', ['MHA'])).toBe(true);
  });
  it('a stem of the word matches (laws → law), a fallback prefix does not (xyzzyq → x)', () => {
    expect(isMatched('laws', ['law'])).toBe(true);
    expect(isMatched('xyzzyq', ['x', 'X'])).toBe(false);
    expect(isMatched('attension', ['attention'])).toBe(false);
    expect(isMatched('香蕉', ['香'])).toBe(false);
  });
  it('a Chinese word matches a highlight that contains it', () => {
    expect(isMatched('掩码', ['因果掩码'])).toBe(true);
    expect(isMatched('面包', ['面'])).toBe(false);
  });
});

describe('isKnown', () => {
  it('knows words of the index and their beginnings', () => {
    expect(isKnown('attention', vocab)).toBe(true);
    expect(isKnown('atte', vocab)).toBe(true);
    expect(isKnown('xyzzyq', vocab)).toBe(false);
  });
  it('knows Chinese words whose characters all occur in the index', () => {
    expect(isKnown('掩码', vocab)).toBe(true);
    expect(isKnown('香蕉', vocab)).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('attension', 'attention')).toBe(1);
    expect(editDistance('halucination', 'hallucination')).toBe(1);
    expect(editDistance('layernrom', 'layernorm')).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(Infinity);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});

describe('suggestWord and planQuery', () => {
  it('suggests the nearest word for a Latin typo of five letters or more', () => {
    expect(suggestWord('attension', vocab)).toBe('attention');
    expect(suggestWord('layernrom', vocab)).toBe('layernorm');
    expect(suggestWord('atensn', vocab)).toBeNull();
    expect(suggestWord('xyzzyq', vocab)).toBeNull();
    expect(suggestWord('lwa', vocab)).toBeNull(); // too short to guess
  });
  it('plans: search as typed, correct typos, drop words that are not real, or give up', () => {
    expect(planQuery(['attention', 'mask'], vocab)).toEqual({ kind: 'search', query: 'attention mask' });
    expect(planQuery(['attension', 'mask'], vocab)).toEqual({ kind: 'corrected', query: 'attention mask', corrections: [['attension', 'attention']], dropped: [] });
    expect(planQuery(['why', 'sqrt', 'attention'], buildSearchWords(['why attention']))).toEqual({ kind: 'corrected', query: 'why attention', corrections: [], dropped: ['sqrt'] });
    expect(planQuery(['xyzzyq'], vocab)).toEqual({ kind: 'nothing' });
    expect(planQuery(['香蕉', '面包'], vocab)).toEqual({ kind: 'nothing' });
    expect(planQuery(['掩码', '香蕉'], vocab, new Set(['掩码']))).toEqual({ kind: 'corrected', query: '掩码', corrections: [], dropped: ['香蕉'] });
    expect(planQuery(['掩码'], vocab)).toEqual({ kind: 'nothing' }); // characters known, word not highlighted
  });
});

describe('mergeWordResults', () => {
  it('ranks pages matching more of the words first, then by summed score', () => {
    const why = [{ id: 'a', score: 5 }, { id: 'b', score: 9 }, { id: 'c', score: 1 }];
    const divide = [{ id: 'c', score: 2 }, { id: 'b', score: 1 }];
    expect(mergeWordResults([why, divide])).toEqual(['b', 'c', 'a']);
  });
});
