import { describe, expect, it } from 'vitest';
import { groupIntoParts, neighbours, partRange, seriesProblems, sortByNumber } from '../../src/lib/series';
import { entryIdFor } from '../../src/lib/content-layout';

const q = (...ns: number[]) => ns.map((number) => ({ number }));

describe('sortByNumber', () => {
  it('orders numerically, not lexically, without mutating the input', () => {
    const input = q(100, 9, 46, 10);
    expect(sortByNumber(input).map((x) => x.number)).toEqual([9, 10, 46, 100]);
    expect(input.map((x) => x.number)).toEqual([100, 9, 46, 10]);
  });
});

describe('neighbours', () => {
  const sorted = q(46, 47, 49, 50);
  it('links consecutive questions', () => {
    expect(neighbours(sorted, 47)).toEqual({ prev: { number: 46 }, next: { number: 49 } });
  });
  it('skips over a gap in the numbering', () => {
    expect(neighbours(sorted, 49).prev).toEqual({ number: 47 });
    expect(neighbours(sorted, 47).next).toEqual({ number: 49 });
  });
  it('has no prev on the first and no next on the last question', () => {
    expect(neighbours(sorted, 46).prev).toBeUndefined();
    expect(neighbours(sorted, 50).next).toBeUndefined();
  });
  it('returns nothing for an unknown number', () => {
    expect(neighbours(sorted, 48)).toEqual({});
  });
});

describe('partRange', () => {
  it.each([
    [1, 1, 5],
    [5, 1, 5],
    [46, 46, 50],
    [50, 46, 50],
    [51, 51, 55],
    [1000, 996, 1000],
  ])('question %i is in part %i-%i', (n, start, end) => {
    expect(partRange(n)).toEqual({ start, end });
  });
});

describe('groupIntoParts', () => {
  it('groups by five and leaves out empty parts', () => {
    const parts = groupIntoParts(q(46, 47, 50, 51, 62));
    expect(parts.map((p) => [p.start, p.end, p.questions.map((x) => x.number)])).toEqual([
      [46, 50, [46, 47, 50]],
      [51, 55, [51]],
      [61, 65, [62]],
    ]);
  });
  it('returns no parts for no questions', () => {
    expect(groupIntoParts([])).toEqual([]);
  });
});

describe('seriesProblems', () => {
  const file = (n: number) => `content/questions/zh/0${n}.mdx`;
  it('accepts a consistent series', () => {
    expect(seriesProblems([{ number: 46, related: [47], file: file(46) }, { number: 47, related: [46], file: file(47) }])).toEqual([]);
  });
  it('names both files of a duplicate number', () => {
    const problems = seriesProblems([
      { number: 46, related: [], file: 'a/046.mdx' },
      { number: 46, related: [], file: 'a/047.mdx' },
    ]);
    expect(problems).toEqual(['duplicate question number 46 in a/046.mdx and a/047.mdx']);
  });
  it('names the file with a related number that does not exist', () => {
    expect(seriesProblems([{ number: 46, related: [99], file: file(46) }])).toEqual([
      'content/questions/zh/046.mdx: related question 99 does not exist',
    ]);
  });
  it('rejects a question related to itself', () => {
    expect(seriesProblems([{ number: 46, related: [46], file: file(46) }])[0]).toMatch(/itself/);
  });
});

describe('entryIdFor', () => {
  it('pads the number to three digits', () => {
    expect(entryIdFor('zh', 46)).toBe('zh/046');
    expect(entryIdFor('en', 1000)).toBe('en/1000');
  });
});
