import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * What the search index weighs (Pagefind's data-pagefind-weight; body text is 1, the
 * title 7, section headings 5-6): the short answer says what a question is about, so
 * its words count triple. Reference lists and code blocks are left out: paper titles
 * and identifiers matched as strongly as prose and pushed the wrong question first,
 * and they made every result's fragment larger to download.
 */
export const SHORT_ANSWER_WEIGHT = '3';

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className : []);

export function rehypeSearchWeights() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const c = classes(node);
      if (node.tagName === 'section' && c.includes('qa-section--short-answer')) {
        node.properties.dataPagefindWeight = SHORT_ANSWER_WEIGHT;
      } else if ((node.tagName === 'section' && c.includes('qa-section--references')) || node.tagName === 'pre') {
        node.properties.dataPagefindIgnore = 'all';
        return SKIP;
      }
      return undefined;
    });
  };
}
