import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { DIST, requireDist } from './dist';
import { serveDist, type StaticServer } from './static-server';

export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
  /** Absolute URL of a site path on the test server. */
  url: (path: string) => string;
}

/**
 * For a browser test file: serves dist/ (with extra response headers if given) and
 * launches Chromium before the tests, and stops both after them.
 */
export function useBuiltSite(headers: Record<string, string> = {}): BuiltSite {
  const site = { url: (path: string) => new URL(path.replace(/^\//, ''), site.server.url).href } as BuiltSite;
  // The first test file to need dist/ builds it, the book's PDFs included: minutes, not seconds.
  beforeAll(async () => {
    requireDist();
    site.server = await serveDist(DIST, '/', headers);
    site.browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
