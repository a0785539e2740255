import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Launches headless Chromium. By default the one shipped inside the
 * `@sparticuz/chromium` npm package, so `npm ci` is all a fresh machine needs;
 * `CHROME_PATH` points at another build (e.g. Debian's /usr/bin/chromium).
 */
export async function launchBrowser(): Promise<Browser> {
  const custom = process.env.CHROME_PATH;
  return playwright.launch({
    executablePath: custom ?? (await chromium.executablePath()),
    args: [...(custom ? [] : chromium.args.filter((arg) => !UNWANTED.has(arg))), ...COMMON],
    headless: true,
  });
}

/**
 * The package's serverless defaults that would make the tests lie or flake: one
 * process (closing a context kills the browser) and relaxed web security (would
 * hide CSP and same-origin problems).
 */
const UNWANTED = new Set([
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
]);
/** No sandbox as root in CI; no background connections on a machine without internet. */
const COMMON = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Collects console errors and uncaught exceptions of a page, to assert there are none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/**
 * Starts every page of a context with these localStorage entries, once per tab: later
 * navigations in the same tab see what the page itself saved, as a reader's would.
 */
export async function seedStorage(context: BrowserContext, storage: Record<string, string>): Promise<void> {
  if (Object.keys(storage).length === 0) return;
  await context.addInitScript((s) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
  }, storage);
}
