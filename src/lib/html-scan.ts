import { Parser } from 'htmlparser2';

export interface ScannedPage {
  /** Every `id` (and `<a name>`) on the page: the targets a `#fragment` may point to. */
  ids: Set<string>;
  /** Ids the page has more than once, each with its count: a `#fragment` to one is ambiguous. */
  duplicateIds: Map<string, number>;
  /** Every URL the page references: `a[href]`, `link[href]`, `script[src]`, `img[src]`. */
  links: string[];
}

const URL_ATTRS: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', source: 'src' };

export function scanHtml(html: string): ScannedPage {
  const ids = new Set<string>();
  const duplicateIds = new Map<string, number>();
  const links: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id && ids.has(attrs.id)) duplicateIds.set(attrs.id, (duplicateIds.get(attrs.id) ?? 1) + 1);
        if (attrs.id) ids.add(attrs.id);
        if (name === 'a' && attrs.name) ids.add(attrs.name);
        const attr = URL_ATTRS[name];
        const value = attr ? attrs[attr] : undefined;
        if (value !== undefined) links.push(value);
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { ids, duplicateIds, links };
}
