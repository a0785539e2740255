import { Parser } from 'htmlparser2';

/**
 * The book puts every answer on one page, but each answer was written for a page of its
 * own: the same section ids (`pitfalls`), figure ids and footnote ids recur in every
 * chapter, and `#pitfalls` would jump to the first chapter's. Inside each chapter body
 * (an element with `data-book-chapter="47"`) this gives every id the chapter's prefix
 * (`q47-pitfalls`), points every reference to an id at the prefixed one, and turns a
 * link to a question page that is in the book into a link to its chapter. Headings
 * move one level down, since a chapter sits one level below the book's title, and each
 * section is named by its chapter's title and its own heading: a screen reader's list of
 * regions would otherwise hold 55 regions called "Short answer".
 */

/** The id of a question's chapter; its body's ids start with `q47-`. */
export const chapterId = (n: number) => `q${n}`;
export const chapterPrefix = (n: number) => `${chapterId(n)}-`;
/** The chapter's title, outside the `q47-` ids of its body. */
export const chapterTitleId = (n: number) => `title-${chapterId(n)}`;

/** Attributes whose value is a space-separated list of ids. */
const ID_LIST_ATTRS = new Set([
  'for',
  'headers',
  'form',
  'list',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
]);
const HREF_ATTRS = new Set(['href', 'xlink:href']);
const HEADING = /^h([1-5])$/;

interface Tag {
  kind: 'open' | 'close';
  name: string;
  /** Raw (undecoded) attribute values, names as written. */
  attribs: Record<string, string>;
  start: number;
  end: number;
  /** The chapter this tag is inside (its body element included), if any. */
  chapter: number | undefined;
  implied: boolean;
}

function* tags(html: string): Generator<Tag> {
  const found: Tag[] = [];
  const stack: (number | undefined)[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const own = attribs['data-book-chapter'];
        const chapter = own !== undefined ? Number(own) : stack[stack.length - 1];
        stack.push(chapter);
        found.push({ kind: 'open', name, attribs, start: parser.startIndex, end: parser.endIndex, chapter, implied: false });
      },
      onclosetag(name, implied) {
        const chapter = stack.pop();
        found.push({ kind: 'close', name, attribs: {}, start: parser.startIndex, end: parser.endIndex, chapter, implied });
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: false },
  );
  parser.write(html);
  parser.end();
  yield* found;
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Replaces one attribute's value inside the text of an opening tag. */
function setAttr(tag: string, name: string, value: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return tag.replace(new RegExp(`(\\s${escaped}\\s*=\\s*)("[^"]*"|'[^']*'|[^\\s"'=<>\`]+)`), (_, lead: string) => `${lead}"${value}"`);
}

/**
 * `html` is the whole book page; `pagePath(n)` is the URL path (with the base) of
 * question n's own page in the book's language, as the built links write it.
 */
export function rewriteBookIds(html: string, pagePath: (n: number) => string): string {
  const all = [...tags(html)];
  const ids = new Map<number, Set<string>>();
  for (const tag of all) {
    if (tag.kind !== 'open' || tag.chapter === undefined || tag.attribs['data-book-chapter'] !== undefined) continue;
    const id = tag.attribs.id;
    if (id) (ids.get(tag.chapter) ?? ids.set(tag.chapter, new Set()).get(tag.chapter)!).add(id);
  }
  const pages = new Map([...ids.keys()].map((n) => [pagePath(n), n] as const));

  /** A reference to `id` from inside chapter n: prefixed when the chapter has that id. */
  const local = (n: number, id: string) => (ids.get(n)?.has(safeDecode(id)) ? `${chapterPrefix(n)}${id}` : id);
  const href = (n: number, value: string): string => {
    if (value.startsWith('#')) return `#${local(n, value.slice(1))}`;
    const hash = value.indexOf('#');
    const path = hash === -1 ? value : value.slice(0, hash);
    const fragment = hash === -1 ? '' : value.slice(hash + 1);
    const target = pages.get(path) ?? pages.get(`${path}/`);
    if (target === undefined) return value;
    if (!fragment) return `#${chapterId(target)}`;
    // A section the chapter lacks stays a link to the page, where the link check judges it.
    return ids.get(target)?.has(safeDecode(fragment)) ? `#${chapterPrefix(target)}${fragment}` : value;
  };

  const out: string[] = [];
  let at = 0;
  for (const tag of all) {
    if (tag.chapter === undefined || tag.implied) continue;
    const n = tag.chapter;
    const original = html.slice(tag.start, tag.end + 1);
    let text = original;
    const level = HEADING.exec(tag.name)?.[1];
    if (tag.kind === 'close') {
      if (level) text = `</h${Number(level) + 1}>`;
    } else if (tag.attribs['data-book-chapter'] === undefined) {
      if (level) text = text.replace(/^<h\d/i, `<h${Number(level) + 1}`);
      for (const [name, value] of Object.entries(tag.attribs)) {
        const attr = name.toLowerCase();
        let next = value;
        if (attr === 'id') next = `${chapterPrefix(n)}${value}`;
        else if (ID_LIST_ATTRS.has(attr)) next = value.split(/\s+/).filter(Boolean).map((id) => local(n, id)).join(' ');
        if (attr === 'aria-labelledby' && tag.name === 'section') next = `${chapterTitleId(n)} ${next}`;
        else if (HREF_ATTRS.has(attr)) next = href(n, value);
        else if (value.includes('url(#')) next = value.replace(/url\(#([^)\s]+)\)/g, (_, id: string) => `url(#${local(n, id)})`);
        if (next !== value) text = setAttr(text, name, next);
      }
    }
    if (text === original) continue;
    out.push(html.slice(at, tag.start), text);
    at = tag.end + 1;
  }
  out.push(html.slice(at));
  return out.join('');
}
