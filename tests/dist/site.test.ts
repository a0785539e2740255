import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langOfPath, locale, LOCALES } from '../../src/lib/locales';
import { checkDist, htmlFiles, sitePathOf } from '../../src/integrations/link-check';
import { SECTION_IDS } from '../../src/lib/taxonomy';
import { contentNumbers, DIST, readPage, requireDist } from '../helpers/dist';
import { readQuestions } from '../helpers/content';
import { parse } from '../helpers/html';

/**
 * The built site in dist/, as a crawler and a reader's browser receive it: every page,
 * every link and anchor, the series order, the head of each page.
 */
// Before anything reads dist/: builds it when it is missing or stale.
requireDist();

const SITE = 'http://localhost:4321';
const LANGS = LOCALES.map((l) => ({ lang: l.code, prefix: l.prefix ? `/${l.prefix}` : '', htmlLang: l.htmlLang }));

const pages = [...htmlFiles(DIST)].map((file) => ({ path: sitePathOf(DIST, file), html: readFileSync(file, 'utf8') }));

describe('every page', () => {
  it('exists for the home, search, tags, practice, about, glossary and 404 in both languages', () => {
    for (const p of LANGS.flatMap(({ prefix }) => ['/', '/search/', '/tags/', '/practice/', '/about/', '/glossary/', '/404.html'].map((x) => `${prefix}${x}`))) {
      expect(pages.map((x) => x.path), p).toContain(p);
    }
  });

  it('every internal link, asset and #anchor resolves', () => {
    expect(checkDist(DIST, '/', SITE)).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has a title, a description, a canonical URL and the right lang', (path, { html }) => {
    const doc = parse(html);
    const lang = locale(langOfPath(path)).htmlLang;
    expect(doc.attr(doc.byTag('html')[0]!, 'lang')).toBe(lang);
    expect(doc.text(doc.byTag('title')[0]!).length).toBeGreaterThan(3);
    const meta = (name: string) => doc.attr(doc.one((el) => el.name === 'meta' && el.attribs.name === name), 'content');
    expect(meta('description')?.length ?? 0).toBeGreaterThan(10);
    if (!path.includes('404')) {
      const canonical = doc.attr(doc.one((el) => el.name === 'link' && el.attribs.rel === 'canonical'), 'href');
      expect(canonical).toBe(new URL(path, SITE).href);
    }
  });

  // What the browser sweeps check on one page of each kind, every page must satisfy statically.
  it.each(pages.map((p) => [p.path, p] as const))('%s has no empty table header cell', (_, { html }) => {
    const doc = parse(html);
    const empty = doc.byTag('th').filter((th) => doc.text(th) === '' && th.attribs['aria-label'] === undefined);
    expect(empty.length).toBe(0);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has nothing a strict CSP would block and no unsafe external link', (_, { html }) => {
    const doc = parse(html);
    expect(doc.all((el) => el.attribs.style !== undefined).length, 'style attributes').toBe(0);
    expect(doc.byTag('style').length, '<style> elements').toBe(0);
    expect(doc.all((el) => el.name === 'script' && !el.attribs.src && el.attribs.type !== 'application/ld+json').length, 'inline scripts').toBe(0);
    expect(doc.all((el) => Object.keys(el.attribs).some((a) => /^on[a-z]+$/.test(a))).length, 'event-handler attributes').toBe(0);
    for (const a of doc.byTag('a')) {
      const href = a.attribs.href ?? '';
      expect(href, 'scriptable URL').not.toMatch(/^\s*(javascript|data|vbscript):/i);
      if (/^[a-z]+:\/\//i.test(href) && !href.startsWith(SITE)) {
        expect(href, 'external links use https').toMatch(/^https:\/\//);
        if (a.attribs.target === '_blank') expect(a.attribs.rel ?? '').toMatch(/noopener/);
      }
    }
  });

  it('no KaTeX error anywhere, and math keeps its MathML for screen readers', () => {
    for (const { path, html } of pages) expect(html.includes('katex-error'), path).toBe(false);
    const withMath = pages.filter((p) => p.html.includes('class="katex"'));
    expect(withMath.length).toBeGreaterThan(0);
    for (const { path, html } of withMath) expect(html, path).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
  });
});

describe.each(LANGS)('questions ($lang)', ({ lang, prefix, htmlLang }) => {
  const numbers = contentNumbers(lang);
  const sources = readQuestions(lang);
  const page = (n: number) => parse(readPage(`${prefix}/questions/${n}/`));

  it('every content file has its page, and no page lacks a content file', () => {
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) expect(existsSync(join(DIST, `${prefix}/questions/${n}/index.html`)), `question ${n}`).toBe(true);
    const built = readdirSync(join(DIST, `${prefix}/questions`)).map(Number).sort((a, b) => a - b);
    expect(built).toEqual(numbers);
  });

  it('prev/next form one chain in number order, gaps and all', () => {
    numbers.forEach((n, i) => {
      const doc = page(n);
      const rel = (r: string) => doc.attr(doc.one((el) => el.name === 'a' && el.attribs.rel === r), 'href');
      expect(rel('prev'), `prev of ${n}`).toBe(i > 0 ? `${prefix}/questions/${numbers[i - 1]}/` : undefined);
      expect(rel('next'), `next of ${n}`).toBe(i < numbers.length - 1 ? `${prefix}/questions/${numbers[i + 1]}/` : undefined);
    });
  });

  it.each(sources.map((q) => [q.data.number, q] as const))('question %i: heading, number, tags, sections with links, indexed body', (n, q) => {
    const html = readPage(`${prefix}/questions/${n}/`);
    const doc = parse(html);
    expect(doc.attr(doc.byTag('html')[0]!, 'lang')).toBe(htmlLang);
    expect(doc.text(doc.byTag('h1')[0]!)).toBe(q.data.title);
    const description = doc.attr(doc.one((el) => el.name === 'meta' && el.attribs.name === 'description'), 'content');
    expect(description).toBe(q.data.short);
    // Stable section ids, each heading with a visible link to itself.
    const ids = doc.byTag('h2').map((h) => h.attribs.id).filter((id) => (SECTION_IDS as readonly string[]).includes(id ?? ''));
    expect(ids).toEqual(q.sections);
    for (const id of ids) expect(doc.one((el) => el.name === 'a' && el.attribs.href === `#${id}` && el.attribs.class === 'heading-anchor'), id).not.toBeNull();
    // Only the question body is indexed, with its number as metadata.
    const body = doc.all((el) => el.attribs['data-pagefind-body'] !== undefined);
    expect(body).toHaveLength(1);
    expect(body[0]!.attribs['data-pagefind-meta']).toBe(`number:${n}`);
    expect(doc.text(doc.one((el) => el.attribs.class === 'question__number'))).toContain(String(n));
    // Difficulty and tag names stay out of excerpts; the tags still become search filters.
    expect(doc.one((el) => el.attribs.class === 'question__meta')!.attribs['data-pagefind-ignore']).toBe('');
    expect(doc.all((el) => el.attribs['data-pagefind-filter'] === 'tag').length).toBe((q.data.tags as string[]).length);
    for (const tag of q.data.tags as string[]) expect(doc.one((el) => el.name === 'a' && el.attribs.href === `${prefix}/tags/${tag}/`), tag).not.toBeNull();
    // hreflang alternates for both languages and x-default.
    const alternates = doc.all((el) => el.name === 'link' && el.attribs.rel === 'alternate' && el.attribs.hreflang !== undefined).map((el) => el.attribs.hreflang);
    expect(alternates.sort()).toEqual(['en', 'x-default', 'zh-CN']);
    // Related questions are listed and linked.
    for (const r of q.data.related as number[]) expect(doc.one((el) => el.name === 'a' && el.attribs.href === `${prefix}/questions/${r}/`), `related ${r}`).not.toBeNull();
  });

  it('a question page links to its part, neighbours and related questions, not to every question', () => {
    for (const n of numbers) {
      // The navigation around the answer; the answer's own cross-references are content.
      const html = readPage(`${prefix}/questions/${n}/`).replace(/<div class="prose"[^>]*>[\s\S]*?<p class="sr-only" role="status" data-study-status[^>]*>/, '');
      const linked = new Set(
        parse(html)
          .byTag('a')
          .map((a) => a.attribs.href?.match(/\/questions\/(\d+)\/$/)?.[1])
          .filter((x) => x !== undefined),
      );
      // part (≤5) + prev/next (2) + related (≤4) + the language switch's question (same number).
      expect(linked.size, `question ${n}`).toBeLessThanOrEqual(11);
    }
  });

  it('the index groups every question into parts of five, in order', () => {
    const doc = parse(readPage(`${prefix}/`));
    const linked = doc.byTag('a').map((a) => Number(a.attribs.href?.match(new RegExp(`^${prefix}/questions/(\\d+)/$`))?.[1])).filter((x) => !Number.isNaN(x));
    expect([...new Set(linked)]).toEqual(numbers);
    const parts = [...new Set(numbers.map((n) => Math.floor((n - 1) / 5) * 5 + 1))];
    for (const start of parts) expect(doc.one((el) => el.attribs.id === `part-${start}-${start + 4}`), `part ${start}`).not.toBeNull();
  });
});

describe('search index', () => {
  it('Pagefind built one index per language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const langs = Object.keys(entry.languages).map((l) => l.toLowerCase());
    expect(langs).toContain('zh-cn');
    expect(langs).toContain('en');
    expect(entry.languages[Object.keys(entry.languages).find((l) => l.toLowerCase() === 'zh-cn')!]!.page_count).toBe(contentNumbers('zh').length);
    expect(entry.languages.en!.page_count).toBe(contentNumbers('en').length);
  });

  it('the search page and every search box are real labelled search inputs', () => {
    for (const { path, html } of pages) {
      const doc = parse(html);
      for (const input of doc.all((el) => el.name === 'input' && el.attribs.type === 'search')) {
        const id = input.attribs.id;
        const labelled = input.attribs['aria-label'] || (id && doc.one((el) => el.name === 'label' && el.attribs.for === id));
        expect(labelled, path).toBeTruthy();
      }
    }
    expect(parse(readPage('/search/')).all((el) => el.name === 'input' && el.attribs.type === 'search').length).toBeGreaterThan(0);
  });
});

describe('the attention explorer', () => {
  const uses = (path: string) => readPage(path).includes('data-explorer');
  const assets = (path: string) => (readPage(path).match(/\/_astro\/AttentionExplorer[^"]*\.(?:js|css)/g) ?? []).sort();

  it('is on questions 46 and 49 in both languages, server-rendered with its numbers', () => {
    for (const path of ['/questions/46/', '/questions/49/', '/en/questions/46/', '/en/questions/49/']) {
      expect(uses(path), path).toBe(true);
      const doc = parse(readPage(path));
      const cells = doc.all((el) => el.name === 'td' && /\bheat-\d\b/.test(el.attribs.class ?? ''));
      expect(cells.length, path).toBe(25);
      // Inside the figure, but outside the search index: numbers are not words.
      expect(doc.one((el) => el.attribs['data-explorer'] !== undefined)!.attribs['data-pagefind-ignore']).toBe('all');
    }
  });

  it('loads its stylesheet only on the pages that use it, and its script only when the reader nears it', () => {
    // The script is a chunk the page's boot script imports once the figure is near (question-boot.ts).
    expect(assets('/questions/46/')).toHaveLength(1);
    expect(assets('/questions/46/')[0]).toMatch(/\.css$/);
    for (const n of contentNumbers('zh')) {
      const path = `/questions/${n}/`;
      if (!uses(path)) expect(assets(path), path).toEqual([]);
    }
    expect(assets('/')).toEqual([]);
  });
});
