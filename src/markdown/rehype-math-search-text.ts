import type { Element, Root, RootContent } from 'hast';

/**
 * KaTeX writes every formula three times: the visible HTML, MathML for screen readers
 * and the TeX source as an annotation. Pagefind would index all three, so `$x$`
 * becomes the word "xxx", a search for nonsense finds pages, and excerpts show raw
 * TeX. The MathML copy (which holds the TeX annotation) is kept for assistive
 * technology but left out of the search index; the visible text is indexed once.
 */
export function rehypeMathSearchText() {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (node.type !== 'element' && node.type !== 'root') return;
      if (node.type === 'element' && hasClass(node, 'katex-mathml')) {
        node.properties.dataPagefindIgnore = 'all';
        return;
      }
      for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}

function hasClass(node: Element, name: string): boolean {
  const c: unknown = node.properties.className;
  if (Array.isArray(c)) return c.includes(name);
  return typeof c === 'string' && c.split(/\s+/).includes(name);
}
