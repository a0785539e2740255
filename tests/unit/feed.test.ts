import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/feed';

describe('feedItems', () => {
  const qs = [
    { number: 46, title: 'A', short: 'a' },
    { number: 48, title: 'C', short: 'c' },
    { number: 47, title: 'B', short: 'b' },
  ];
  it('lists the newest question first with numbered titles and base-aware links', () => {
    expect(feedItems('zh', qs, '/qa/')).toEqual([
      { title: '第 48 题 C', link: '/qa/questions/48/', description: 'c' },
      { title: '第 47 题 B', link: '/qa/questions/47/', description: 'b' },
      { title: '第 46 题 A', link: '/qa/questions/46/', description: 'a' },
    ]);
  });
  it('links English items under /en/', () => {
    expect(feedItems('en', qs.slice(0, 1), '/')[0]).toEqual({ title: 'Question 46 A', link: '/en/questions/46/', description: 'a' });
  });
});
