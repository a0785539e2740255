import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { mathPlainText, type MathNode } from '../lib/math-plain-text';

/**
 * KaTeX writes every formula three times: the visible HTML, MathML for screen readers
 * and the TeX source as an annotation. Indexed as they are, a search excerpt shows
 * glyph soup ("softmax(dkQK⊤)") or raw TeX. All three stay out of the index; a hidden
 * plain-text form (softmax(QKᵀ/√dₖ)) made from the MathML is indexed in their place,
 * right after the formula, so the words around it stay searchable and excerpts read.
 */
const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

export function rehypeMathSearchText() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!hasClass(node, 'katex') || !parent || index === undefined) return;
      let plain = '';
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (hasClass(child, 'katex-mathml')) {
          const math = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'math');
          if (math) plain = mathPlainText(math as unknown as MathNode);
        }
        if (hasClass(child, 'katex-mathml') || hasClass(child, 'katex-html')) child.properties.dataPagefindIgnore = 'all';
      }
      if (plain) {
        parent.children.splice(index + 1, 0, {
          type: 'element',
          tagName: 'span',
          properties: { className: ['math-search-text'], hidden: true },
          children: [{ type: 'text', value: ` ${plain} ` }],
        });
      }
      return [SKIP, index + 2];
    });
  };
}
