import { describe, expect, it } from 'vitest';
import { seedStorage } from '../helpers/browser';
import { contentNumbers } from '../helpers/dist';
import { useBuiltSite } from '../helpers/site';

/**
 * Nothing moves after the first frame: controls that need JavaScript hold their place
 * from the start (html[data-js], set before paint), and what scripts fill in later fits
 * the space already there. Measured as the browser's cumulative layout shift, with a
 * reader's marks stored so status badges and the progress summary are filled in too.
 */
const site = useBuiltSite();
const [first, second] = contentNumbers('zh') as [number, number];
const marks = { 'transformer-qa:progress:v1': JSON.stringify({ version: 1, marks: { [first]: 'review', [second]: 'mastered' } }) };

async function cls(path: string, width: number): Promise<{ value: number; sources: string[] }> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  await seedStorage(context, marks);
  const page = await context.newPage();
  await page.goto(new URL(path.slice(1), site.server.url).href, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  const result = await page.evaluate(
    () =>
      new Promise<{ value: number; sources: string[] }>((resolve) => {
        const out = { value: 0, sources: [] as string[] };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
            if (e.hadRecentInput) continue;
            out.value += e.value;
            out.sources.push(`${(e.sources ?? []).map((s) => (s.node as Element | null)?.className ?? s.node?.nodeName).join(' | ')}: ${e.value.toFixed(4)}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(out), 200);
      }),
  );
  await context.close();
  return result;
}

describe('layout shift after load', () => {
  for (const width of [375, 1280]) {
    it.each(['/', '/en/', `/questions/${first}/`, `/en/questions/${first}/`])(`%s at ${width} px stays put`, async (path) => {
      const { value, sources } = await cls(path, width);
      // What remains is sub-pixel reflow when KaTeX's fonts replace the fallback's metrics.
      expect(value, sources.join('\n')).toBeLessThan(0.005);
    });
  }

  it('without JavaScript the controls that need it are not shown', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('', site.server.url).href);
    await expect(page.locator('[data-progress-panel]').isVisible()).resolves.toBe(false);
    await page.goto(new URL(`questions/${first}/`, site.server.url).href);
    await expect(page.locator('[data-study]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
