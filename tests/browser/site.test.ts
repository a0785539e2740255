import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { collectErrors } from '../helpers/browser';
import { contentNumbers, DIST } from '../helpers/dist';
import { serveDist } from '../helpers/static-server';
import { representativeQuestionPaths } from '../helpers/sweep';
import { languageName, t } from '../../src/lib/i18n';
import { useBuiltSite } from '../helpers/site';

let context: BrowserContext;
const site = useBuiltSite();

const numbers = contentNumbers('zh');
const url = (path: string) => new URL(path.replace(/^\//, ''), site.server.url).href;

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  context = await site.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url(path));
  return { page, errors };
}

async function searchFor(page: Page, term: string) {
  const input = page.getByRole('searchbox').first();
  await input.click();
  await input.fill(term);
  await page.locator('#site-search-results .result').first().waitFor({ timeout: 15_000 });
}

describe('search', () => {
  it('finds "softmax" from the home page and opens the answer with the word highlighted', async () => {
    const { page, errors } = await open('/');
    await searchFor(page, 'softmax');
    const first = page.locator('#site-search-results .result__link').first();
    await expect(first.textContent()).resolves.toMatch(/第 \d+ 题/);
    await first.click();
    await page.waitForURL(/\/questions\/\d+\/\?highlight=softmax/);
    await page.locator('mark.pagefind-highlight').first().waitFor({ timeout: 10_000 });
    const marked = await page.locator('mark.pagefind-highlight').allTextContents();
    expect(marked.some((t) => t.toLowerCase() === 'softmax')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds the Chinese word "注意力" from a question page', async () => {
    const { page, errors } = await open(`/questions/${numbers.at(-1)}/`);
    await searchFor(page, '注意力');
    const results = page.locator('#site-search-results .result');
    expect(await results.count()).toBeGreaterThan(0);
    await expect(page.locator('#site-search-results mark').first().textContent()).resolves.toContain('注意力');
    await results.first().locator('a').first().click();
    await page.waitForURL(/\/questions\/\d+\//);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches only the page\'s own language', async () => {
    for (const [start, expectEnglish] of [['/en/', true], ['/', false]] as const) {
      const { page } = await open(start);
      await searchFor(page, 'softmax');
      const hrefs = await page.locator('#site-search-results .result__link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href.startsWith('/en/'), href).toBe(expectEnglish);
      await context.close();
    }
  });

  // Pagefind falls back to partial matches for an unknown Latin word ("zzz" finds the
  // variable z), so both sites are asked for a word no answer contains in any form.
  it.each([
    ['/', '鼹鼠', t('zh', 'searchNoResults')],
    ['/en/', '鼹鼠', t('en', 'searchNoResults')],
  ])('%s says so when nothing matches %s', async (path, term, message) => {
    const { page } = await open(path);
    await page.getByRole('searchbox').first().fill(term);
    await page.locator('#site-search-results .search__message', { hasText: message }).waitFor({ timeout: 15_000 });
    await expect(page.locator('#site-search-results .result').count()).resolves.toBe(0);
    await context.close();
  });

  it.each([375, 1280])('the search page at %i px: a full-width field with the query, results below it', async (width) => {
    const { page } = await open('/search/?q=softmax', width);
    await page.locator('#search-page-results .result').first().waitFor({ timeout: 15_000 });
    const input = page.locator('#search-page-input');
    await expect(input.inputValue()).resolves.toBe('softmax');
    const field = (await input.boundingBox())!;
    const results = (await page.locator('#search-page-results').boundingBox())!;
    expect(field.width).toBeGreaterThan(width < 500 ? 200 : 400);
    expect(results.y).toBeGreaterThan(field.y + field.height);
    expect(results.width).toBeGreaterThan(field.width);
    await context.close();
  });

  it('submitting the form opens the search page with the results', async () => {
    const { page, errors } = await open('/');
    const input = page.getByRole('searchbox').first();
    await input.fill('softmax');
    await input.press('Enter');
    await page.waitForURL(/\/search\/\?q=softmax/);
    await page.locator('#search-page-results .result').first().waitFor({ timeout: 15_000 });
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('softmax');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a query containing markup as text, never as HTML', async () => {
    const { page } = await open('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#search-page-results img').count()).toBe(0);
    await context.close();
  });

  it('does not load Pagefind until the reader searches', async () => {
    context = await site.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(url(`/questions/${numbers[0]}/`));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await searchFor(page, 'softmax');
    expect(requested.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page } = await open('/');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site title
    await page.keyboard.press('Tab'); // search box
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('search');
    await page.keyboard.type('softmax');
    await page.locator('#site-search-results .result').first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.closest('.result') !== null)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/questions\/\d+\//);
    await context.close();
  });
});

describe('navigation and shared links', () => {
  it('opening a link to a section puts that section in view', async () => {
    const target = numbers.includes(49) ? 49 : numbers[0]!;
    const { page, errors } = await open(`/questions/${target}/#pitfalls`);
    const box = await page.locator('#pitfalls').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800 / 2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('next and previous links walk the series', async () => {
    const { page } = await open(`/questions/${numbers[0]}/`);
    if (numbers.length > 1) {
      await page.locator('a[rel="next"]').click();
      await page.waitForURL(url(`/questions/${numbers[1]}/`));
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(url(`/questions/${numbers[0]}/`));
    }
    await context.close();
  });

  it('an unknown address shows the 404 page with a way home', async () => {
    const { page } = await open('/questions/9999/');
    await expect(page.locator('h1').textContent()).resolves.toBe(t('zh', 'notFoundTitle'));
    await page.getByRole('link', { name: t('zh', 'backHome') }).click();
    await page.waitForURL(url('/'));
    await context.close();
  });

  it('an unknown English address shows the English 404 page', async () => {
    const { page } = await open('/en/questions/9999/');
    await expect(page.locator('h1').textContent()).resolves.toBe(t('en', 'notFoundTitle'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await context.close();
  });
});

describe('a host with a single 404 page (GitHub Pages)', () => {
  it('sends a reader of an English address on to the English 404 page', async () => {
    const server = await serveDist(DIST, '/', {}, { notFound: 'root' });
    context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('en/no-such-page/', server.url).href);
    await page.waitForURL(/\/en\/404\.html$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(t('en', 'notFoundTitle'));
    await page.goto(new URL('no-such-page/', server.url).href);
    await expect(page.locator('h1').textContent()).resolves.toBe(t('zh', 'notFoundTitle'));
    expect(page.url()).toMatch(/no-such-page\/$/);
    await context.close();
    await server.close();
  });
});

describe('languages', () => {
  it('the language switch leads to the same question in English and back', async () => {
    const n = numbers[0]!;
    const { page, errors } = await open(`/questions/${n}/`);
    await page.getByRole('link', { name: languageName('en') }).click();
    await page.waitForURL(url(`/en/questions/${n}/`));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('link', { name: languageName('zh') }).click();
    await page.waitForURL(url(`/questions/${n}/`));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('phones', () => {
  it.each(['/', '/search/', '/404.html', '/en/', ...representativeQuestionPaths()])(
    '%s has no horizontal scrolling at 375 px and no console errors',
    async (path) => {
      const { page, errors } = await open(path, 375);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('math', () => {
  it('renders with the stylesheet of the KaTeX that produced it: subscripts are smaller and lower', async () => {
    // A KaTeX stylesheet from another version than the renderer leaves every
    // subscript at full size on the baseline (seen with rehype-katex's own copy).
    const { page, errors } = await open(`/questions/${numbers[0]}/`);
    const subs = await page.evaluate(() =>
      [...document.querySelectorAll('.prose .katex-html .msupsub')].slice(0, 20).map((sub) => {
        const base = sub.previousElementSibling as HTMLElement;
        const script = sub.querySelector('.mathnormal, .mord') as HTMLElement;
        return {
          ratio: parseFloat(getComputedStyle(script).fontSize) / parseFloat(getComputedStyle(base).fontSize),
          drop: script.getBoundingClientRect().bottom - base.getBoundingClientRect().bottom,
        };
      }),
    );
    expect(subs.length).toBeGreaterThan(0);
    for (const s of subs) expect(s.ratio).toBeLessThan(0.8);
    expect(subs.some((s) => s.drop > 0)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('wide formulas on a phone', () => {
  it('a formula wider than the screen can be focused and scrolled with the arrow keys, which then do not change the question', async () => {
    // Question 51's derivations are wider than a 375 px screen.
    const { page, errors } = await open('/questions/51/', 375);
    await page.waitForLoadState('networkidle');
    // A keyboard reader's first key press loads the script that puts wide boxes in the tab order.
    await page.keyboard.press('Tab');
    const box = page.locator('.katex-display[data-scroll-box]').first();
    await box.focus();
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/questions/51/');
    // A formula that fits is not a tab stop.
    const fits = await page.locator('.katex-display').evaluateAll((els) => els.filter((el) => el.scrollWidth <= el.clientWidth).map((el) => el.getAttribute('tabindex')));
    expect(fits.length).toBeGreaterThan(0);
    expect(fits.every((t) => t === null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
