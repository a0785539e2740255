import { t } from '../../src/lib/i18n';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { collectErrors, seedStorage } from '../helpers/browser';
import { contentNumbers } from '../helpers/dist';
import { useBuiltSite } from '../helpers/site';

/** The review schedule, driven across days (and a daylight-saving change) with Playwright's clock. */
const site = useBuiltSite();
const [first, second] = contentNumbers('zh') as [number, number];
const url = (path: string) => new URL(path.replace(/^\//, ''), site.server.url).href;

let context: BrowserContext;
async function open(storage: Record<string, string> = {}, js = true): Promise<{ page: Page; errors: string[] }> {
  // New York: the clocks go forward on 8 March 2026, inside the interval tested below.
  context = await site.browser.newContext({ timezoneId: 'America/New_York', javaScriptEnabled: js, viewport: { width: 375, height: 800 } });
  await seedStorage(context, storage);
  const page = await context.newPage();
  return { page, errors: collectErrors(page) };
}

const dueList = (page: Page) => page.locator('[data-due-list] a').allTextContents();

describe('rating recall and the review page', () => {
  it('a question rated Good comes due three days later, in both languages', async () => {
    const { page, errors } = await open();
    await page.clock.install({ time: new Date('2026-03-07T21:00:00-05:00') });
    await page.goto(url(`/questions/${first}/`));
    await page.locator('[data-rating="good"]').click();
    await page.locator('[data-rating-status]', { hasText: /^复习时间：3 天后/ }).waitFor({ timeout: 5_000 });

    await page.goto(url('/review/'));
    await page.locator('[data-upcoming] li').first().waitFor({ timeout: 5_000 });
    expect(await dueList(page)).toEqual([]);
    await expect(page.locator('[data-upcoming] li').first().textContent()).resolves.toContain('1');

    // Three calendar days later, across the switch to summer time.
    await page.clock.setFixedTime(new Date('2026-03-10T08:00:00-04:00'));
    await page.goto(url('/review/'));
    await page.locator('[data-due-list] a').first().waitFor({ timeout: 5_000 });
    expect((await dueList(page))[0]).toContain(t('zh', 'questionN', { n: first }));
    await page.goto(url('/en/review/'));
    await page.locator('[data-due-list] a').first().waitFor({ timeout: 5_000 });
    expect((await dueList(page))[0]).toContain(t('en', 'questionN', { n: first }));
    await page.goto(url('/en/'));
    await page.locator('[data-due-link]', { hasText: t('en', 'dueToday', { count: 1 }) }).waitFor({ timeout: 5_000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is not due again on the same day, whatever the rating', async () => {
    const { page } = await open();
    await page.clock.install({ time: new Date('2026-03-07T09:00:00-05:00') });
    await page.goto(url(`/en/questions/${first}/`));
    await page.locator('[data-rating="again"]').click();
    await page.locator('[data-rating-status]', { hasText: /^Next review: in 1 day / }).waitFor({ timeout: 5_000 });
    await page.goto(url('/en/review/'));
    // Rendered once the new-question list is filled; the rated question is not due.
    await page.locator('[data-new-list] a').first().waitFor({ timeout: 5_000 });
    await page.locator('[data-upcoming] li').first().waitFor({ timeout: 5_000 });
    expect(await dueList(page)).toEqual([]);
    await context.close();
  });

  it('keys 1-4 rate once the answer is shown, and not before in practice mode', async () => {
    const { page } = await open({ 'transformer-qa:practice:v1': 'on' });
    await page.goto(url(`/questions/${first}/`));
    await page.keyboard.press('3');
    await expect(page.locator('[data-rating-status]').textContent()).resolves.toBe('');
    await page.keyboard.press('Space');
    await page.locator('article.question[data-revealed]').waitFor();
    await page.keyboard.press('3');
    await page.locator('[data-rating="good"][aria-pressed="true"]').waitFor({ timeout: 5_000 });
    await context.close();
  });

  it('a review session goes through the due questions in practice mode', async () => {
    const { page } = await open({ 'transformer-qa:progress:v1': JSON.stringify({ version: 1, marks: { [first]: 'review', [second]: 'review' } }) });
    await page.goto(url('/review/'));
    // Marks migrate once: "review" questions are due now.
    await page.locator('[data-due-list] a').nth(1).waitFor({ timeout: 5_000 });
    expect(await dueList(page)).toHaveLength(2);
    await page.locator('[data-new-per-day]').fill('0');
    await page.locator('[data-new-per-day]').dispatchEvent('change');
    await page.locator('[data-review-start]').click();
    await page.waitForURL(url(`/questions/${first}/`));
    await expect(page.locator('.prose').isVisible()).resolves.toBe(false);
    await page.keyboard.press('Space');
    await page.locator('[data-rating="easy"]').click();
    await page.locator('[data-rating="easy"][aria-pressed="true"]').waitFor({ timeout: 5_000 });
    await page.locator('[data-drill-next]').click();
    await page.waitForURL(url(`/questions/${second}/`));
    await context.close();
  });

  it('without JavaScript the review page says it needs it and links to the index', async () => {
    const { page } = await open({}, false);
    await page.goto(url('/review/'));
    // Playwright's text selectors skip <noscript>; the rendered text is what a reader sees.
    await expect(page.locator('main').innerText()).resolves.toContain(t('zh', 'reviewNeedsJs'));
    await expect(page.locator('noscript a').getAttribute('href')).resolves.toBe('/');
    await expect(page.locator('[data-review]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('says so when the browser cannot save, and nothing throws', async () => {
    const { page, errors } = await open();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto(url(`/questions/${first}/`));
    await page.locator('[data-rating="good"]').click();
    await page.locator('[data-rating-status]', { hasText: t('zh', 'storageFailed') }).waitFor({ timeout: 5_000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an import with a corrupt schedule changes nothing and says why', async () => {
    const { page } = await open();
    await page.goto(url('/'));
    await page.locator('[data-import]').setInputFiles({
      name: 'p.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, marks: { [first]: 'mastered' }, schedule: { version: 9, cards: {} } })),
    });
    await page.locator('[data-progress-status]', { hasText: t('zh', 'importFailed') }).waitFor({ timeout: 5_000 });
    await page.locator('[data-progress-status]', { hasText: 'newer version' }).waitFor({ timeout: 5_000 });
    await expect(page.evaluate(() => localStorage.getItem('transformer-qa:progress:v1'))).resolves.toBeNull();
    await context.close();
  });
});
