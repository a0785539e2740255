import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { t } from '../lib/i18n';
import { langFromContentPath } from '../lib/locales';

/**
 * Puts a "copy code" button beside every code block when the page is built, so it
 * takes its place from the first frame (CSS shows it only on scripted pages) and the
 * study script, which loads on the first click, only has to attach the copying.
 */
export function rehypeCopyCode() {
  return (tree: Root, file: VFile) => {
    // Question pages only: the copy buttons' styles and script live with them.
    if (!/[\\/]questions[\\/]/.test(file.path)) return;
    const lang = langFromContentPath(file.path);
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const button: Element = {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['copy-code'], dataCopyCode: '', dataPagefindIgnore: 'all' },
        children: [
          { type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: t(lang, 'copyCode') }] },
          { type: 'element', tagName: 'span', properties: { className: ['copy-feedback'], ariaHidden: 'true' }, children: [] },
        ],
      };
      parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['code-block'] }, children: [node, button] };
      return 'skip';
    });
  };
}
