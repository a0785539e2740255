import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * KaTeX writes every formula three times: the visible HTML, MathML for screen readers
 * and the TeX source as an annotation. Pagefind would index all three, so `$x$`
 * becomes the word "xxx", a search for nonsense finds pages, and excerpts show raw
 * TeX. The MathML copy (which holds the TeX annotation) is kept for assistive
 * technology but left out of the search index; the visible text is indexed once.
 */
export function rehypeMathSearchText() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties.className;
      if (!Array.isArray(classes) || !classes.includes('katex-mathml')) return;
      node.properties.dataPagefindIgnore = 'all';
      return SKIP;
    });
  };
}
