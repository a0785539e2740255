/**
 * The search vocabulary: the words the search index holds, so the search can tell a
 * word being typed (a prefix of a real word) from nonsense, and offer "did you mean"
 * for a typo. Built from the indexed text of the built pages (what Pagefind indexes:
 * the page body without its data-pagefind-ignore parts), loaded by the search only
 * when a query needs it.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

export interface SearchWords {
  /** Latin words, lower case, most frequent first. */
  words: string[];
  /** Every Han character in the index, once. */
  han: string;
}

const LATIN = /[a-z][a-z0-9]*/g;
const HAN = /\p{Script=Han}/gu;

/** The text Pagefind indexes on a page: inside data-pagefind-body, minus ignored elements. */
export function indexedText(html: string): string {
  const doc = parseDocument(html);
  const body = DomUtils.findOne((el: Element) => el.attribs['data-pagefind-body'] !== undefined, doc.children);
  if (!body) return '';
  const parts: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') parts.push(n.data);
      else if ('attribs' in n) {
        if (n.attribs['data-pagefind-ignore'] !== undefined || n.name === 'script' || n.name === 'style' || n.name === 'svg' || n.name === 'form') continue;
        walk(n.children);
        parts.push(' ');
      }
    }
  };
  walk(body.children);
  return parts.join('');
}

/** Counts words across texts; returns the vocabulary, most frequent first (ties alphabetical). */
export function buildSearchWords(texts: Iterable<string>): SearchWords {
  const counts = new Map<string, number>();
  const han = new Set<string>();
  for (const text of texts) {
    const lower = text.normalize('NFKC').toLowerCase();
    for (const w of lower.match(LATIN) ?? []) if (w.length >= 2) counts.set(w, (counts.get(w) ?? 0) + 1);
    // Hyphenated terms (pre-ln, top-k) are also typed without the hyphen.
    for (const m of lower.matchAll(/[a-z0-9]+(?:-[a-z0-9]+)+/g)) {
      const joined = m[0].replaceAll('-', '');
      if (/^[a-z]/.test(joined)) counts.set(joined, (counts.get(joined) ?? 0) + 1);
    }
    for (const c of text.match(HAN) ?? []) han.add(c);
  }
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return { words, han: [...han].sort().join('') };
}
