import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { htmlFiles, sitePathOf } from '../../src/integrations/link-check';
import { chapterId, chapterPrefix } from '../../src/lib/book-ids';
import { scanHtml } from '../../src/lib/html-scan';
import { langOfPath, LANGS } from '../../src/lib/locales';
import { covers, parseUnicodeRange } from '../../src/lib/unicode-range';
import { bookPath, bookStylesPath, questionPath } from '../../src/lib/urls';
import { readQuestions } from '../helpers/content';
import { DIST, readPage, requireDist } from '../helpers/dist';
import { parse } from '../helpers/html';

/**
 * The book: every answer of a language on one page, in series order, with ids unique
 * across chapters.
 */
requireDist();

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

  it.each(LANGS)('every %s page links the book', (lang) => {
    for (const { path, html } of pages.filter((p) => langOfPath(p.path) === lang)) {
      const doc = parse(html);
      const footer = doc.one((el) => el.name === 'footer' && (el.attribs.class ?? '').includes('site-footer'));
      expect(within(footer, (el) => el.name === 'a').map((a) => a.attribs.href), path).toContain(bookPath(lang));
    }
  });

  it('only the book pages load the book stylesheet and its fonts', () => {
    const loaders = pages.filter((p) => /book\/book\.css/.test(p.html)).map((p) => p.path);
    expect(loaders.sort()).toEqual(LANGS.map(bookPath).sort());
  });
});

/** The elements inside `root` that match. */
function within(root: Element | null, pred: (el: Element) => boolean): Element[] {
  return root ? DomUtils.findAll(pred, root.children) : [];
}
