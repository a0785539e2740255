import { describe, expect, it } from 'vitest';
import { format } from '../../src/lib/format';
import { decodeEntities, excerptRuns, sectionMatches, isNameListExcerpt } from '../../src/lib/search-results';

describe('excerptRuns', () => {
  it('splits an excerpt into plain and marked runs', () => {
    expect(excerptRuns('用 <mark>softmax</mark> 归一化')).toEqual([
      { text: '用 ', mark: false },
      { text: 'softmax', mark: true },
      { text: ' 归一化', mark: false },
    ]);
  });
  it('decodes escaped text so it is shown, not interpreted', () => {
    expect(excerptRuns('a &lt;script&gt;alert(1)&lt;/script&gt; b')).toEqual([{ text: 'a <script>alert(1)</script> b', mark: false }]);
  });
  it('drops any tag other than mark', () => {
    expect(excerptRuns('<img src=x onerror=alert(1)>hi')).toEqual([{ text: 'hi', mark: false }]);
  });
  it('handles an empty excerpt', () => {
    expect(excerptRuns('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes the entities Pagefind emits and leaves others alone', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&#39;&copy;')).toBe('&<>"\'&copy;');
  });
});

describe('sectionMatches', () => {
  const sub = (id: string, element = 'h2') => ({ title: id, url: `/q/#${id}`, excerpt: '', anchor: { element, id } });
  it('keeps matches in h2 sections, best first, at most three', () => {
    expect(sectionMatches([sub('a', 'h1'), sub('pitfalls'), sub('example'), sub('explanation'), sub('follow-ups')]).map((s) => s.anchor?.id)).toEqual([
      'pitfalls',
      'example',
      'explanation',
    ]);
  });
  it('always offers a match in the common mistakes, in place of the last one', () => {
    expect(sectionMatches([sub('short-answer'), sub('notation', 'h3'), sub('example'), sub('pitfalls')]).map((s) => s.anchor?.id)).toEqual(['short-answer', 'notation', 'pitfalls']);
  });
  it('keeps subsections too: a match under an h3 of the explanation links there', () => {
    expect(sectionMatches([sub('notation', 'h3'), sub('title', 'h1'), sub('pitfalls')]).map((s) => s.anchor?.id)).toEqual(['notation', 'pitfalls']);
  });
  it('ignores sub-results without an anchor', () => {
    expect(sectionMatches([{ title: 't', url: '/q/', excerpt: '' }])).toEqual([]);
    expect(sectionMatches(undefined)).toEqual([]);
  });
});

describe('format', () => {
  it('fills named placeholders', () => {
    expect(format('找到 {count} 个结果', { count: 3 })).toBe('找到 3 个结果');
  });
});

describe('isNameListExcerpt', () => {
  it('spots an excerpt taken from the hidden list of glossary names', () => {
    expect(isNameListExcerpt('(UniLM, 2019). 因果掩码 · causal <mark>mask</mark> · look-ahead <mark>mask</mark> · 下三角掩码')).toBe(true);
  });
  it('leaves prose alone, including a product written with a dot', () => {
    expect(isNameListExcerpt('the cost is n · d per token, and the <mark>mask</mark> blocks the future')).toBe(false);
    expect(isNameListExcerpt('plain text')).toBe(false);
  });
});
