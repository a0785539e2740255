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
  it('keeps all three KaTeX copies out of the search index and indexes a plain-text form after the formula', () => {
    const mathml = el('span', ['katex-mathml'], [
      el('math', [], [el('semantics', [], [el('msub', [], [el('mi', [], [{ type: 'text', value: 'd' }]), el('mi', [], [{ type: 'text', value: 'k' }])]), el('annotation', [], [{ type: 'text', value: 'd_k' }])])]),
    ]);
    const html = el('span', ['katex-html'], [{ type: 'text', value: 'dk' }]);
    const katex = el('span', ['katex'], [mathml, html]);
    const p = el('p', [], [{ type: 'text', value: 'with ' }, katex, { type: 'text', value: ' dims' }]);
    const tree: Root = { type: 'root', children: [p] };
    rehypeMathSearchText()(tree);
    expect(mathml.properties.dataPagefindIgnore).toBe('all');
    expect(html.properties.dataPagefindIgnore).toBe('all');
    const plain = p.children[2] as Element;
    expect(plain.properties).toEqual({ className: ['math-search-text'], hidden: true });
    expect(plain.children).toEqual([{ type: 'text', value: ' dk ' }]);
    expect((p.children[3] as { value: string }).value).toBe(' dims');
  });
});
