import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeMathSearchText } from '../../src/markdown/rehype-math-search-text';

const el = (tag: string, className: string[], children: Element['children'] = []): Element => ({
  type: 'element',
  tagName: tag,
  properties: { className },
  children,
});

describe('rehypeMathSearchText', () => {
  it('keeps KaTeX MathML (and its TeX annotation) out of the search index, and the visible math in it', () => {
    const mathml = el('span', ['katex-mathml'], [el('math', [], [{ type: 'text', value: 'x' }])]);
    const html = el('span', ['katex-html'], [{ type: 'text', value: 'x' }]);
    const tree: Root = { type: 'root', children: [el('p', [], [el('span', ['katex'], [mathml, html])])] };
    rehypeMathSearchText()(tree);
    expect(mathml.properties.dataPagefindIgnore).toBe('all');
    expect(html.properties.dataPagefindIgnore).toBeUndefined();
  });
});
