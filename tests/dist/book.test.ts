import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { htmlFiles, sitePathOf } from '../../src/integrations/link-check';
import { formatFileSize, PDF_SIZE_TOKEN } from '../../src/lib/book';
import { chapterId, chapterPrefix } from '../../src/lib/book-ids';
import { t } from '../../src/lib/i18n';
import { scanHtml } from '../../src/lib/html-scan';
import { langOfPath, LANGS, locale } from '../../src/lib/locales';
import { covers, parseUnicodeRange } from '../../src/lib/unicode-range';
import { bookPath, bookPdfPath, bookStylesPath, questionPath } from '../../src/lib/urls';
import { readQuestions } from '../helpers/content';
import { DIST, readPage, requireDist } from '../helpers/dist';
import { parse } from '../helpers/html';
import { fontsOn, linksOn, readPdf, type ReadPdf } from '../helpers/pdf';

/**
 * The book: every answer of a language on one page, in series order, with ids unique
 * across chapters, and printed to PDF (npm test builds dist/ with BOOK_PDF=1).
 */
requireDist();

const strip = (s: string) => s.replace(/\s+/g, '');

describe.each(LANGS)('the %s book page', (lang) => {
  const html = readPage(bookPath(lang));
  const doc = parse(html);
  const questions = readQuestions(lang).sort((a, b) => a.data.number - b.data.number);
  const chapters = doc.all((el) => el.name === 'article' && (el.attribs.class ?? '').includes('book__chapter'));

  it('has every question as a chapter, in series order, with its title', () => {
    expect(chapters.map((c) => c.attribs.id)).toEqual(questions.map((q) => chapterId(q.data.number)));
    chapters.forEach((c, i) => expect(doc.text(c)).toContain(questions[i]!.data.title));
  });

  it('has no id twice, and prefixes the ids inside each chapter with its number', () => {
    const scanned = scanHtml(html);
    expect([...scanned.duplicateIds.keys()]).toEqual([]);
    for (const q of questions) {
      for (const section of q.sections) expect(scanned.ids.has(`${chapterPrefix(q.data.number)}${section}`), `${q.data.number} #${section}`).toBe(true);
    }
    // Every question has these sections; unprefixed, they would be the first chapter's.
    expect(scanned.ids.has('pitfalls')).toBe(false);
    expect(scanned.ids.has('short-answer')).toBe(false);
  });

  it('lists every chapter in its table of contents, in order, linking ids on the page', () => {
    const toc = doc.one((el) => el.name === 'nav' && (el.attribs.class ?? '').includes('book__toc'));
    const links = within(toc, (el) => el.name === 'a');
    expect(links.map((a) => a.attribs.href)).toEqual(questions.map((q) => `#${chapterId(q.data.number)}`));
    const ids = scanHtml(html).ids;
    for (const a of links) expect(ids.has(a.attribs.href!.slice(1))).toBe(true);
  });

  it('links each chapter to its question page, and in-book links to chapters', () => {
    for (const [i, chapter] of chapters.entries()) {
      const n = questions[i]!.data.number;
      const hrefs = within(chapter, (el) => el.name === 'a').map((a) => a.attribs.href ?? '');
      expect(hrefs, `question ${n}`).toContain(questionPath(lang, n));
      // Only the chapter's own link leaves the book for a question in it; the rest became #q… links.
      const others = hrefs.filter((h) => /\/questions\/\d+\//.test(h) && h !== questionPath(lang, n));
      expect(others, `question ${n}`).toEqual([]);
    }
  });

  it('sets the sections a level below the chapter title', () => {
    const prose = doc.all((el) => el.attribs['data-book-chapter'] !== undefined);
    expect(prose.length).toBe(questions.length);
    expect(prose.flatMap((p) => within(p, (el) => el.name === 'h2'))).toEqual([]);
  });

  it('is left out of the search index', () => {
    expect(html).not.toContain('data-pagefind-body');
  });

  it('loads a font for every character it draws, from its own stylesheet', () => {
    const css = readFileSync(join(DIST, bookStylesPath(lang)), 'utf8');
    const faces = [...css.matchAll(/font-weight: 400;[^}]*unicode-range: ([^;]+);/g)].map((m) => parseUnicodeRange(m[1]!));
    const body = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<[^>]+>/g, '');
    const han = [...new Set(body.match(/\p{Script=Han}/gu) ?? [])];
    expect(han.length).toBeGreaterThan(lang === 'zh' ? 1000 : 1);
    const missing = han.filter((c) => !faces.some((r) => covers(r, c.codePointAt(0)!)));
    expect(missing).toEqual([]);
  });
});

describe('the book on every page', () => {
  const pages = [...htmlFiles(DIST)].map((file) => ({ path: sitePathOf(DIST, file), html: readFileSync(file, 'utf8') }));

  it.each(LANGS)('every %s page links the book and the PDF with its size', (lang) => {
    const size = formatFileSize(statSync(join(DIST, bookPdfPath(lang))).size, locale(lang).htmlLang);
    for (const { path, html } of pages.filter((p) => langOfPath(p.path) === lang)) {
      const doc = parse(html);
      const footer = doc.one((el) => el.name === 'footer' && (el.attribs.class ?? '').includes('site-footer'));
      const links = within(footer, (el) => el.name === 'a');
      expect(links.map((a) => a.attribs.href), path).toContain(bookPath(lang));
      const pdf = links.find((a) => a.attribs.href === bookPdfPath(lang));
      expect(doc.text(pdf ?? null), path).toBe(t(lang, 'bookPdf', { size }));
    }
  });

  it('fills in every PDF size', () => {
    expect(pages.filter((p) => p.html.includes(PDF_SIZE_TOKEN)).map((p) => p.path)).toEqual([]);
  });

  it('only the book pages load the book stylesheet and its fonts', () => {
    const loaders = pages.filter((p) => /book\/book\.css/.test(p.html)).map((p) => p.path);
    expect(loaders.sort()).toEqual(LANGS.map(bookPath).sort());
  });
});

describe.each(LANGS)('the %s book PDF', (lang) => {
  const questions = readQuestions(lang).sort((a, b) => a.data.number - b.data.number);
  let pdf: ReadPdf;
  beforeAll(async () => {
    pdf = await readPdf(join(DIST, bookPdfPath(lang)));
  }, 120_000);
  afterAll(() => pdf?.doc.loadingTask.destroy());

  it('starts each question on a page of its own, in series order, after the table of contents', () => {
    const key = (n: number, title: string) => strip(`${t(lang, 'questionN', { n })}${title}`);
    // A title is in the table of contents and at the top of its chapter: the last page with it starts the chapter.
    const starts = questions.map((q) => pdf.text.findLastIndex((page) => page.includes(key(q.data.number, q.data.title))));
    const toc = questions.map((q) => pdf.text.findIndex((page) => page.includes(key(q.data.number, q.data.title))));
    expect(starts.every((s) => s > 0)).toBe(true);
    for (let i = 1; i < starts.length; i++) expect(starts[i], `question ${questions[i]!.data.number}`).toBeGreaterThan(starts[i - 1]!);
    expect(Math.max(...toc)).toBeLessThan(starts[0]!);
    expect(pdf.pages).toBeGreaterThan(questions.length + 1);
  });

  it('has running heads and page numbers', () => {
    const page = pdf.text[Math.floor(pdf.pages / 2)]!;
    expect(page).toContain(strip(t(lang, 'siteTitle')));
    expect(page).toContain(strip(t(lang, 'bookEdition')));
    expect(page).toContain(`${Math.floor(pdf.pages / 2) + 1}/${pdf.pages}`);
  });

  it('prints no on-screen controls (copy buttons need a question page and mean nothing on paper)', () => {
    const all = pdf.text.join('');
    expect(all).not.toContain(strip(t(lang, 'copyCode')));
  });

  it('extracts its text as text, Chinese included', () => {
    const all = pdf.text.join('');
    const han = all.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (lang === 'zh') expect(han).toBeGreaterThan(all.length / 3);
    expect(all).toContain(strip(t(lang, 'siteTitle')));
    // No glyph came out as an unmapped code (a font without a text mapping); KaTeX itself
    // writes a few private-use characters (its negation slash), which may come out as such.
    const katexOwn = new Set(readPage(bookPath(lang)).match(/[\uE000-\uF8FF]/gu));
    expect([...new Set(all.match(/[\uFFFD\uE000-\uF8FF]/gu))].filter((c) => !katexOwn.has(c))).toEqual([]);
  });

  it('embeds every font, draws Chinese in the book font and math in KaTeX fonts', async () => {
    const sample = [1, ...[0.25, 0.5, 0.75].map((f) => Math.floor(pdf.pages * f))];
    const fonts = (await Promise.all(sample.map((p) => fontsOn(pdf.doc, p)))).flat();
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const names = fonts.map((f) => f.name).join(' ');
    expect(names).toMatch(/NotoSansSC/);
    expect(names).toMatch(/KaTeX_Main/);
    expect(names).toMatch(/KaTeX_Math/);
  });

  it('links every chapter from the table of contents inside the PDF, and each chapter to its page', async () => {
    const tocPages = [...Array(pdf.pages).keys()].map((i) => i + 1).filter((p) => p < 10);
    const links = (await Promise.all(tocPages.map((p) => linksOn(pdf.doc, p)))).flat();
    expect(links.filter((l) => l.internal).length).toBeGreaterThanOrEqual(questions.length);
    const urls = new Set((await Promise.all([...Array(pdf.pages).keys()].map((i) => linksOn(pdf.doc, i + 1)))).flat().map((l) => l.url));
    for (const q of questions) expect(urls.has(new URL(questionPath(lang, q.data.number), 'http://localhost:4321').href), `${q.data.number}`).toBe(true);
  });
});

/** The elements inside `root` that match. */
function within(root: Element | null, pred: (el: Element) => boolean): Element[] {
  return root ? DomUtils.findAll(pred, root.children) : [];
}
