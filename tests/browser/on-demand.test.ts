import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { t } from '../../src/lib/i18n';
import { collectErrors } from '../helpers/browser';
import { contentNumbers } from '../helpers/dist';
import { useBuiltSite } from '../helpers/site';

/**
 * A question page runs two small scripts at load; each tool loads the first time the
 * reader reaches for it, and that first use is carried out, not dropped.
 */
const site = useBuiltSite();
const [first] = contentNumbers('zh') as [number];

async function open(path: string) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(site.url(path));
  await page.waitForLoadState('networkidle');
  return { page, errors, scripts, close: () => context.close() };
}
const loaded = (scripts: string[], name: string) => scripts.some((s) => new RegExp(`/${name}\\.[\\w-]+\\.js$`).test(s));
const answerVisible = (page: Page) => page.locator('.prose').isVisible();

describe('scripts loaded on first use', () => {
  it('a question page loads the pre-paint script and one boot script, then only offline reading', async () => {
    const { page, scripts, errors, close } = await open(`/questions/${first}/`);
    // Scripts requested before the load event; offline reading starts after it.
    const beforeLoad = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.startTime < nav.loadEventStart)
        .map((e) => new URL(e.name).pathname);
    });
    expect(beforeLoad).toHaveLength(2);
    expect(beforeLoad[0]).toMatch(/\/practice-init\.js$/);
    expect(loaded(scripts, 'offline-register')).toBe(true);
    for (const tool of ['study', 'rating', 'search', 'toc', 'shortcut-actions', 'attention-explorer', 'offline-ui']) expect(loaded(scripts, tool), tool).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('the first click on a mark loads the study tools and is carried out', async () => {
    const { page, scripts, errors, close } = await open(`/questions/${first}/`);
    const mastered = page.getByRole('button', { name: new RegExp(t('zh', 'markMastered')) });
    await expect(mastered.getAttribute('aria-pressed')).resolves.toBe('false');
    await mastered.click();
    await expect.poll(() => mastered.getAttribute('aria-pressed')).toBe('true');
    expect(loaded(scripts, 'study')).toBe(true);
    // Once loaded, a click is handled once: pressing again clears the mark.
    await mastered.click();
    await expect.poll(() => mastered.getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await close();
  });

  it('the first change of the practice toggle takes effect, and the page shows the stored state at load', async () => {
    const { page, errors, close } = await open(`/questions/${first}/`);
    const toggle = page.getByLabel(t('zh', 'practiceMode'));
    await toggle.check();
    await expect.poll(() => answerVisible(page)).toBe(false);
    await page.waitForFunction(() => localStorage.getItem('transformer-qa:practice:v1') === 'on');
    await page.reload();
    await expect(toggle.isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('search loads when the field is focused, and what was typed meanwhile is searched', async () => {
    const { page, scripts, errors, close } = await open(`/questions/${first}/`);
    const input = page.locator('#site-search-input');
    await input.click();
    await page.keyboard.type('softmax');
    await page.locator('#site-search-results .result').first().waitFor({ timeout: 15_000 });
    expect(loaded(scripts, 'search')).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("an explorer's script loads as the reader nears it, and its controls come to life", async () => {
    const { page, scripts, errors, close } = await open('/questions/46/');
    const scale = page.locator('[data-explorer]').first().getByLabel(t('zh', 'explorerScale'));
    const near = await page.locator('[data-explorer]').first().evaluate((el) => el.getBoundingClientRect().top < 2 * innerHeight);
    // Far down the page it waits; within two screens it loads at once.
    expect(loaded(scripts, 'attention-explorer')).toBe(near);
    await scale.scrollIntoViewIfNeeded();
    await expect.poll(() => scale.isDisabled()).toBe(false);
    expect(loaded(scripts, 'attention-explorer')).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});
