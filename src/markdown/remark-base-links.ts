import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls';

/**
 * Content links between questions are written root-relative (`/questions/47/`), the
 * way an author thinks of them. This prefixes Astro's `base` so the same content
 * works when the site is deployed under a sub-path.
 */
export function remarkBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('/') && !node.url.startsWith('//')) {
        node.url = withBase(node.url, options.base);
      }
    });
  };
}
