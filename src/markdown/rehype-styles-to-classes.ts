import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { StyleRegistry } from '../lib/style-classes';

/**
 * Runs last in the rehype chain: replaces every `style` attribute that KaTeX and
 * Shiki produced with a class from the build's registry (see lib/style-classes).
 */
export function rehypeStylesToClasses({ registry }: { registry: StyleRegistry }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const style = node.properties.style;
      if (typeof style !== 'string' || style.trim() === '') return;
      // Shiki writes `class` where hast's own name is `className`; keep both kinds.
      const classes = [node.properties.className, node.properties.class].flatMap((v) =>
        Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/\s+/).filter(Boolean) : [],
      );
      node.properties.className = [...classes, registry.classFor(style)];
      delete node.properties.class;
      delete node.properties.style;
    });
  };
}
