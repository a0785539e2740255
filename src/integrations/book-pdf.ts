import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';

export interface BookPrint {
  /** Site path of the book page, without the base: `/en/book/`. */
  page: string;
  /** Where to write the PDF. */
  pdf: string;
}

/**
 * Prints book pages of a built site to PDF with headless Chromium. The pages are opened
 * at their public address (`origin` + `base`), answered from `dist` rather than any
 * network, so the PDF's links to the site point at the site; links inside the book stay
 * links inside the PDF. The page's own @page rules set the paper, margins and running heads.
 */
export async function printBooks(dist: string, origin: string, base: string, prints: BookPrint[]): Promise<void> {
  const browser = await launchChromium();
  try {
    // Each language in its own context, at once: they share nothing, and the second core helps.
    await Promise.all(prints.map((p) => printOne(browser, dist, origin, base, p)));
  } finally {
    await browser.close();
  }
}

async function printOne(browser: Browser, dist: string, origin: string, base: string, { page: path, pdf }: BookPrint): Promise<void> {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin || !url.pathname.startsWith(base)) return route.abort();
    let file = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: 'not found' });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => void (r.status() >= 400 && errors.push(`${r.url()}: ${r.status()}`)));
  await page.goto(`${origin}${base}${path.replace(/^\//, '')}`, { waitUntil: 'load' });
  // Print styles choose other fonts: lay the page out for print and wait for every face it asks for.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(async () => {
    document.body.getBoundingClientRect();
    await document.fonts.ready;
  });
  if (errors.length > 0) throw new Error(`printing ${path}: ${errors.join('; ')}`);
  // Untagged: a tagged PDF (and the outline Chromium builds from its tags) is twice the
  // size, one structure element per KaTeX span; the table of contents links every chapter.
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await context.close();
}
