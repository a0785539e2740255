import { describe, expect, it } from 'vitest';
import { questionsByTag } from '../../src/lib/tags';

describe('questionsByTag', () => {
  it('groups by tag in the fixed order, sorted by number, leaving out empty tags', () => {
    const map = questionsByTag([
      { number: 47, tags: ['softmax', 'attention'] as const },
      { number: 46, tags: ['attention'] as const },
    ]);
    expect([...map.keys()]).toEqual(['attention', 'softmax']);
    expect(map.get('attention')!.map((q) => q.number)).toEqual([46, 47]);
    expect(map.get('softmax')!.map((q) => q.number)).toEqual([47]);
  });
});
