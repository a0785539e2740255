import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkDist } from '../../src/integrations/link-check';
import { PDF_SIZE_TOKEN } from '../../src/lib/book';
import { collectErrors, launchBrowser } from '../helpers/browser';
import { astroBuild, buildEnv, CONTENT, contentNumbers, ROOT } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/static-server';

/** The whole site built for, and served under, a sub-path as on GitHub Pages. */
const BASE = '/transformer-qa/';
let tmp: string;
let out: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'qa-subpath-'));
  out = join(tmp, 'dist');
  // `--base` on the command line: the Markdown links must follow Astro's resolved base,
  // as they do for BASE_PATH (which sets the same option in astro.config.mjs).
  // As in a GitHub Actions build: the answers get report and edit links.
  // Without the book's PDF, as a local build: the pages must then not link one.
  const env = buildEnv({ QA_CONTENT_DIR: CONTENT, QA_CACHE_DIR: join(tmp, 'cache'), GITHUB_REPOSITORY: 'owner/repo', BOOK_PDF: '0' });
  const astro = astroBuild(['--outDir', out, '--base', BASE], env);
  if (astro.status !== 0) throw new Error(`sub-path build failed (${astro.status} ${astro.signal}):\n${astro.stderr}\n${astro.stdout.slice(-3000)}`);
  const pagefind = spawnSync(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', out], { cwd: ROOT, encoding: 'utf8' });
  if (pagefind.status !== 0) throw new Error(`pagefind failed:\n${pagefind.stdout}\n${pagefind.stderr}`);
  // The build's last step, as `npm run build` runs it.
  const worker = spawnSync(process.execPath, [join(ROOT, 'src/build/service-worker.ts'), out], { cwd: ROOT, encoding: 'utf8' });
  if (worker.status !== 0) throw new Error(`service worker step failed:\n${worker.stdout}\n${worker.stderr}`);
  server = await serveDist(out, BASE);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe(`deployed under ${BASE}`, () => {
  it('every link, asset and anchor stays inside the sub-path and resolves', () => {
    expect(checkDist(out, BASE, 'http://localhost:4321')).toEqual([]);
  });

  it('the book links its chapters inside itself, and every page links the book but no PDF when none was printed', () => {
    const book = readFileSync(join(out, 'book/index.html'), 'utf8');
    const numbers = contentNumbers('zh');
    // In-book links point at chapters; the only links to question pages are the chapters' own.
    const toPages = [...book.matchAll(/href="([^"]*\/questions\/\d+\/[^"]*)"/g)].map((m) => m[1]);
    expect(toPages).toEqual(numbers.map((n) => `${BASE}questions/${n}/`));
    expect(book).toMatch(/href="#q\d+-[^"]+"/);
    for (const page of ['index.html', 'en/questions/46/index.html', 'book/index.html']) {
      const html = readFileSync(join(out, page), 'utf8');
      expect(html, page).toMatch(new RegExp(`href="${BASE}(en/)?book/"`));
      expect(html, page).not.toMatch(/\.pdf"/);
      expect(html, page).not.toContain(PDF_SIZE_TOKEN);
    }
  });

  it('search finds a question and its result opens under the sub-path, at the section', async () => {
    const n = contentNumbers('zh')[0];
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}questions/${n}/`);
    await page.getByRole('searchbox').first().fill('softmax');
    await page.locator('.search__results .result').first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('.search__results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(new URL(href).pathname.startsWith(BASE), href).toBe(true);
    await page.locator('.search__results .result__link').first().click();
    await page.waitForURL(new RegExp(`${BASE}questions/\\d+/\\?highlight=softmax`));
    await page.locator('mark.pagefind-highlight').first().waitFor({ timeout: 10_000 });
    await page.locator('a[rel="next"], a[rel="prev"]').first().click();
    await page.waitForURL(new RegExp(`${BASE}questions/\\d+/$`));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the report link names the section a shared link opened, and no section otherwise', async () => {
    const n = contentNumbers('zh')[0];
    const context = await browser.newContext();
    const page = await context.newPage();
    const body = async () => {
      const link = page.locator('a[data-report-error]');
      await link.focus();
      return new URL((await link.getAttribute('href'))!).searchParams.get('body')!;
    };
    await page.goto(`${server.url}questions/${n}/#pitfalls`);
    expect(await body()).toMatch(/^Section: .+ \(#pitfalls\)$/m);
    expect(await body()).toContain(`Page: http://localhost:4321${BASE}questions/${n}/`);
    await page.goto(`${server.url}en/questions/${n}/`);
    expect(await body()).toMatch(/^Section: \(not given\)$/m);
    await context.close();
  });

  it('the offline worker takes the sub-path as its scope: a visited page opens offline, an unvisited one gets the offline page', async () => {
    const [n, unvisited] = contentNumbers('en') as [number, number];
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    const visited = `${server.url}en/questions/${n}/`;
    await page.goto(visited);
    for (const deadline = Date.now() + 30_000; ; await page.waitForTimeout(200)) {
      const saved = await page.evaluate(async (url) => navigator.serviceWorker.controller?.state === 'activated' && Boolean(await caches.match(url)), visited);
      if (saved) break;
      if (Date.now() > deadline) throw new Error('the page was not saved');
    }
    const reg = await page.evaluate(async () => ({ scope: (await navigator.serviceWorker.ready).scope, script: navigator.serviceWorker.controller!.scriptURL }));
    expect(reg).toEqual({ scope: server.url, script: `${server.url}sw.js` });
    const title = await page.locator('main h1').first().textContent();
    await context.setOffline(true);
    await page.goto(visited);
    expect(await page.locator('main h1').first().textContent()).toBe(title);
    await page.goto(`${server.url}en/questions/${unvisited}/`);
    await page.locator('[data-offline-list] li:not([hidden])').first().waitFor();
    const links = await page.locator('[data-offline-list] li:not([hidden]) a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([visited]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a typo loads the vocabulary from under the sub-path and is corrected', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    const words: string[] = [];
    page.on('request', (r) => void (r.url().includes('search-words') && words.push(new URL(r.url()).pathname)));
    await page.goto(`${server.url}search/`);
    await page.locator('form[data-search-page] input[type="search"]').fill('attension');
    await page.locator('[data-search-suggestion="attention"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('form[data-search-page] .result').count()).toBeGreaterThan(0);
    expect(words).toEqual([`${BASE}_qa/search-words.zh.json`]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
