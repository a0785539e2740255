import { describe, expect, it } from 'vitest';
import { cspHeader } from '../../src/lib/csp';
import { collectErrors } from '../helpers/browser';
import { contentNumbers } from '../helpers/dist';
import { useBuiltSite } from '../helpers/site';

const site = useBuiltSite({ 'content-security-policy': cspHeader() });

describe('under the strict Content-Security-Policy header', () => {
  const n = contentNumbers('zh')[0];
  it.each(['/', `/questions/${n}/`, `/en/questions/${n}/`, '/search/?q=softmax', '/404.html'])(
    '%s works with no violation, including a search and a highlighted result',
    async (path) => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.addInitScript(() => {
        const w = window as unknown as { cspViolations: string[] };
        w.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      await page.goto(new URL(path.slice(1), site.server.url).href);
      await page.waitForLoadState('networkidle');
      await page.getByRole('searchbox').first().fill('softmax');
      await page.locator('.search__results .result').first().waitFor({ timeout: 15_000 });
      await page.locator('.search__results .result__link').first().click();
      await page.waitForURL(/highlight=softmax/);
      await page.locator('mark.pagefind-highlight').first().waitFor({ timeout: 10_000 });
      const read = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      const violations = await read();
      // The styles really applied: KaTeX's layout comes from the class stylesheet.
      const struts = await page.locator('.katex .katex-strut').first().evaluate((el) => getComputedStyle(el).height);
      expect(struts).not.toBe('auto');
      // A typo takes the other path: the vocabulary is fetched and the query corrected.
      await page.goto(new URL(path.slice(1), site.server.url).href);
      await page.getByRole('searchbox').first().fill('attension');
      await page.locator('[data-search-suggestion="attention"]').first().waitFor({ timeout: 15_000 });
      violations.push(...(await read()));
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
