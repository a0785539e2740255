import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/**
 * The characters a page draws with KaTeX's fonts: the text inside its `.katex-html`
 * elements (the MathML copy beside it is for screen readers and uses no KaTeX font).
 */
export function katexCharacters(html: string): Set<string> {
  const doc = parseDocument(html);
  const roots = DomUtils.findAll((el: Element) => (el.attribs.class ?? '').split(/\s+/).includes('katex-html'), doc.children);
  const chars = new Set<string>();
  for (const root of roots) for (const c of DomUtils.textContent(root)) if (c.trim() !== '') chars.add(c);
  return chars;
}
