import { Parser } from 'htmlparser2';
import { toUnicodeRange } from './unicode-range';

/**
 * The book's own stylesheet, written after the build: fonts cut to the characters the
 * book draws, and the running heads and page numbers of its printed pages. A reader's
 * system usually has CJK and monospace fonts; a bare headless Chromium (the one that
 * prints the PDF) has neither, so the book brings its own.
 */
export const BOOK_SANS = 'QA Book Sans';
export const BOOK_MONO = 'QA Book Mono';

const SKIP = new Set(['head', 'script', 'style', 'template']);

/** The characters of a page's text, and `extra`, drawn too (the running heads). */
export function bookCharacters(html: string, extra = ''): Set<string> {
  const chars = new Set<string>();
  const open: string[] = [];
  // Spaces too: a face without them would leave every space to some system font.
  const add = (text: string) => {
    for (const c of text) chars.add(/\s/.test(c) ? ' ' : c);
  };
  const parser = new Parser(
    {
      onopentag: (name) => void open.push(name),
      onclosetag: () => void open.pop(),
      ontext: (text) => void (open.some((t) => SKIP.has(t)) || add(text)),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  add(extra);
  return chars;
}

/** A CSS string literal. */
export const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\A ')}"`;

export interface FontFace {
  family: string;
  weight: number;
  /** URL relative to the stylesheet. */
  url: string;
  /** The characters the file has glyphs for: the browser fetches it only for those. */
  chars: Iterable<string>;
}

export function fontFaceRule(face: FontFace): string {
  return [
    '@font-face {',
    `  font-family: ${cssString(face.family)};`,
    '  font-style: normal;',
    `  font-weight: ${face.weight};`,
    '  font-display: swap;',
    `  src: url(${cssString(face.url)}) format("woff2");`,
    `  unicode-range: ${toUnicodeRange(face.chars)};`,
    '}',
  ].join('\n');
}

/**
 * A4 pages with the series title and the edition at the top and the page number at the
 * bottom (CSS margin boxes: they use the page's own fonts, unlike a browser's print
 * header), none on the title page.
 */
export function pageRules(title: string, edition: string): string {
  const box = `font-family: ${cssString(BOOK_SANS)}, sans-serif; font-size: 8pt; color: #555;`;
  return `@page {
  size: A4;
  margin: 18mm 17mm 20mm;
  @top-left { content: ${cssString(title)}; ${box} }
  @top-right { content: ${cssString(edition)}; ${box} }
  @bottom-center { content: counter(page) " / " counter(pages); ${box} }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-center { content: none; }
}`;
}
