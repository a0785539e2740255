import type { BrowserContext, Page } from 'playwright-core';
// With its extension: the benchmark imports this file under plain Node.
import { launchChromium } from '../../src/integrations/chromium.ts';

/** Headless Chromium as the build's book printing launches it (CHROME_PATH overrides). */
export const launchBrowser = launchChromium;

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
