import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { checkSectionOrder } from '../lib/sections';
import { t } from '../lib/i18n';
import { langFromContentPath } from '../lib/locales';

interface MdxJsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}
interface MdxJsxFlowElement {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  children: ElementContent[];
  position?: Element['position'] | undefined;
}

function isSectionHeading(node: unknown): node is MdxJsxFlowElement {
  const n = node as Partial<MdxJsxFlowElement>;
  return n.type === 'mdxJsxFlowElement' && n.name === 'h2';
}

function textOf(nodes: ElementContent[]): string {
  return nodes
    .map((n) => (n.type === 'text' ? n.value : 'children' in n ? textOf(n.children as ElementContent[]) : ''))
    .join('')
    .trim();
}

/**
 * Question bodies mark their sections with `<h2 id="pitfalls">…</h2>` so the id, which
 * is part of shared URLs, stays put when the heading text is edited. This plugin
 * checks the ids against the content standard (fails the build naming the file),
 * turns each heading into a plain element, adds a visible link to the section, and
 * wraps each section in `<section aria-labelledby>`.
 */
/** Two chain links, drawn as SVG so no font needs the glyph. */
function linkIcon(): Element {
  const path = (d: string): Element => ({ type: 'element', tagName: 'path', properties: { d }, children: [] });
  return {
    type: 'element',
    tagName: 'svg',
    properties: { viewBox: '0 0 24 24', width: '16', height: '16', ariaHidden: 'true', fill: 'none', stroke: 'currentColor', strokeWidth: '2', strokeLinecap: 'round' },
    children: [path('M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7'), path('M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7')],
  };
}

export function rehypeQuestionSections() {
  return (tree: Root, file: VFile) => {
    if (!/[\\/]questions[\\/]/.test(file.path)) return;
    const lang = langFromContentPath(file.path);
    // MDX's JSX nodes are not part of hast's own types, hence the unknown.
    const children = tree.children as unknown[];
    const headings = children.filter(isSectionHeading);
    const ids = headings.map((h) => {
      const id = h.attributes.find((a: MdxJsxAttribute) => a.name === 'id')?.value;
      return typeof id === 'string' ? id : '';
    });
    const problem = checkSectionOrder(ids);
    if (problem) throw new Error(`${file.path}: ${problem}`);

    const out: RootContent[] = [];
    let current: Element | null = null;
    for (const node of children) {
      if (isSectionHeading(node)) {
        const id = ids[headings.indexOf(node)];
        const title = textOf(node.children);
        const heading: Element = {
          type: 'element',
          tagName: 'h2',
          properties: { id },
          children: node.children,
          ...(node.position ? { position: node.position } : {}),
        };
        const anchor: Element = {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: 'all' },
          children: [
            { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: t(lang, 'sectionLink', { title }) }] },
            { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          ],
        };
        // The copy-link button is drawn here, where the heading text is known. On a
        // scripted page CSS shows it in place of the plain "#" link from the first frame.
        const label = t(lang, 'copyLink', { title });
        const copyButton: Element = {
          type: 'element',
          tagName: 'button',
          properties: { type: 'button', className: ['copy-link'], dataCopyLink: id, ariaLabel: label, title: label, dataPagefindIgnore: 'all' },
          children: [linkIcon(), { type: 'element', tagName: 'span', properties: { className: ['copy-feedback'], ariaHidden: 'true' }, children: [] }],
        };
        current = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['qa-section', `qa-section--${id}`], ariaLabelledby: id },
          children: [
            { type: 'element', tagName: 'div', properties: { className: ['heading-wrapper'] }, children: [heading, anchor, copyButton] },
          ],
        };
        out.push(current);
      } else if (current) {
        current.children.push(node as ElementContent);
      } else {
        out.push(node as RootContent);
      }
    }
    tree.children = out;
  };
}
