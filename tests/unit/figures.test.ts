import { describe, expect, it } from 'vitest';
import { figureProblem, figureUses, needsFigure } from '../../src/lib/figures';

const good = { id: 'fig-kv-cache', draw: 'kv-cache', caption: 'The cache grows by one row per step.', alt: 'Four panels, one per step …' };

describe('figureProblem', () => {
  it('accepts a complete figure', () => {
    expect(figureProblem(good, ['kv-cache'])).toBeNull();
  });
  it.each([
    [{ id: 'kv-cache' }, /id "kv-cache" must look like fig-/],
    [{ id: 'fig-KV' }, /id "fig-KV"/],
    [{ id: 'fig--x' }, /id "fig--x"/],
    [{ draw: 'missing' }, /draw "missing" is not a drawing .*known: kv-cache/],
    [{ caption: '  ' }, /caption is empty/],
    [{ alt: '' }, /alt .* is empty/],
    [{ alt: good.caption }, /alt repeats the caption/],
  ])('rejects %o', (change, message) => {
    expect(figureProblem({ ...good, ...change }, ['kv-cache'])).toMatch(message);
  });
});

describe('figureUses', () => {
  it('reads the props of each <Figure …/> in order, across lines, with either quote', () => {
    const mdx = `Text\n\n<Figure lang="zh" id="fig-a" draw="a" caption="说明，含 √dₖ" alt='x' />\n\nMore\n<Figure\n  id="fig-b"\n  draw="b"\n/>\n<Figures id="fig-c" />`;
    expect(figureUses(mdx)).toEqual([
      { id: 'fig-a', draw: 'a', caption: '说明，含 √dₖ', alt: 'x' },
      { id: 'fig-b', draw: 'b', caption: undefined, alt: undefined },
    ]);
  });
  it('finds none in text without figures', () => {
    expect(figureUses('A <figure> in prose is not a Figure component.')).toEqual([]);
  });
});

describe('needsFigure', () => {
  it('is true for architecture, efficiency and position topics only', () => {
    expect(needsFigure(['attention', 'architecture'])).toBe(true);
    expect(needsFigure(['efficiency'])).toBe(true);
    expect(needsFigure(['position', 'embeddings'])).toBe(true);
    expect(needsFigure(['attention', 'softmax', 'theory'])).toBe(false);
    expect(needsFigure([])).toBe(false);
  });
});
