import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cspHeader } from '../../src/lib/csp';
import { collectErrors, launchBrowser } from '../helpers/browser';
import { contentNumbers, DIST, requireDist } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/static-server';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  server = await serveDist(DIST, '/', { 'content-security-policy': cspHeader() });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('under the strict Content-Security-Policy header', () => {
  const n = contentNumbers('zh')[0];
  it.each(['/', `/questions/${n}/`, `/en/questions/${n}/`, '/search/?q=softmax', '/404.html'])(
    '%s works with no violation, including a search and a highlighted result',
    async (path) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.addInitScript(() => {
        const w = window as unknown as { cspViolations: string[] };
        w.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      await page.goto(new URL(path.slice(1), server.url).href);
      await page.waitForLoadState('networkidle');
      await page.getByRole('searchbox').first().fill('softmax');
      await page.locator('.search__results .result').first().waitFor({ timeout: 15_000 });
      await page.locator('.search__results .result__link').first().click();
      await page.waitForURL(/highlight=softmax/);
      await page.locator('mark.pagefind-highlight').first().waitFor({ timeout: 10_000 });
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      // The styles really applied: KaTeX's layout comes from the class stylesheet.
      const struts = await page.locator('.katex .strut').first().evaluate((el) => getComputedStyle(el).height);
      expect(struts).not.toBe('auto');
      await context.close();
    },
  );
});
