import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/** A small query layer over htmlparser2's DOM for assertions on built pages. */
export function parse(html: string) {
  const doc = parseDocument(html);
  const all = (pred: (el: Element) => boolean) => DomUtils.findAll(pred, doc.children);
  return {
    all,
    byTag: (tag: string) => all((el) => el.name === tag),
    one: (pred: (el: Element) => boolean) => DomUtils.findOne(pred, doc.children),
    attr: (el: Element | null, name: string) => (el ? DomUtils.getAttributeValue(el, name) : undefined),
    text: (el: Element | null) => (el ? DomUtils.textContent(el).trim() : ''),
  };
}
