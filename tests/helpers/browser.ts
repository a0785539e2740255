import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';

/**
 * Launches headless Chromium. By default the one shipped inside the
 * `@sparticuz/chromium` npm package, so `npm ci` is all a fresh machine needs;
 * `CHROME_PATH` points at another build (e.g. Debian's /usr/bin/chromium).
 */
export async function launchBrowser(): Promise<Browser> {
  const custom = process.env.CHROME_PATH;
  return playwright.launch({
    executablePath: custom ?? (await chromium.executablePath()),
    args: custom
      ? ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
      : chromium.args,
    headless: true,
  });
}

/** Collects console errors and uncaught exceptions of a page, to assert there are none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}
