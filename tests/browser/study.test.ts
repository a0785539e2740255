import { t } from '../../src/lib/i18n';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { collectErrors } from '../helpers/browser';
import { contentNumbers } from '../helpers/dist';
import { useBuiltSite } from '../helpers/site';
import { partRange } from '../../src/lib/series';

let context: BrowserContext;
const site = useBuiltSite();

const numbers = contentNumbers('zh');
const [first, second] = numbers as [number, number];
const url = (path: string) => new URL(path.replace(/^\//, ''), site.server.url).href;

async function fresh(path: string): Promise<{ page: Page; errors: string[] }> {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url(path));
  return { page, errors };
}

const answerVisible = (page: Page) => page.locator('.prose').isVisible();

describe('practice mode', () => {
  it('hides the answer until revealed with the button or Space, and is remembered', async () => {
    const { page, errors } = await fresh(`/questions/${first}/`);
    expect(await answerVisible(page)).toBe(true);
    // The study tools load on first use: each step waits for its effect.
    await page.getByLabel(t('zh', 'practiceMode')).check();
    await expect.poll(() => answerVisible(page)).toBe(false);
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Space');
    await expect.poll(() => answerVisible(page)).toBe(true);

    await page.goto(url(`/questions/${second}/`));
    expect(await answerVisible(page)).toBe(false);
    await page.getByRole('button', { name: new RegExp(t('zh', 'revealAnswer')) }).click();
    await expect.poll(() => answerVisible(page)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');

    await page.getByLabel(t('zh', 'practiceMode')).uncheck();
    await page.waitForFunction(() => document.documentElement.dataset.practice === undefined);
    await page.reload();
    expect(await answerVisible(page)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a shared link to a section shows that section even in practice mode', async () => {
    const { page } = await fresh(`/questions/${first}/`);
    await page.getByLabel(t('zh', 'practiceMode')).check();
    await page.waitForFunction(() => localStorage.getItem('transformer-qa:practice:v1') === 'on');
    await page.goto(url(`/questions/${second}/#pitfalls`));
    // Practice mode hides the answer from the first frame; the study tools, which load
    // with such a page, then open it at the linked section.
    await expect.poll(() => answerVisible(page)).toBe(true);
    await expect(page.locator('#pitfalls').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('without JavaScript every answer is simply visible', async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(`/questions/${first}/`));
    expect(await answerVisible(page)).toBe(true);
    await expect(page.locator('[data-study]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('progress marks', () => {
  it('survive a reload and show on the home page, with the summary', async () => {
    const { page, errors } = await fresh(`/questions/${first}/`);
    const mastered = page.getByRole('button', { name: new RegExp(t('zh', 'markMastered')) });
    await mastered.click();
    await expect.poll(() => mastered.getAttribute('aria-pressed')).toBe('true');
    await page.goto(url(`/questions/${second}/`));
    const review = page.getByRole('button', { name: new RegExp(t('zh', 'markReview')) });
    await review.click();
    await expect.poll(() => review.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await expect(page.getByRole('button', { name: new RegExp(t('zh', 'markReview')) }).getAttribute('aria-pressed')).resolves.toBe('true');

    await page.goto(url('/'));
    await expect(page.locator('[data-progress-summary]').textContent()).resolves.toBe(t('zh', 'progressSummary', { mastered: 1, total: numbers.length, review: 1 }));
    await expect(page.locator(`[data-q="${first}"] [data-status]`).textContent()).resolves.toContain(t('zh', 'statusMastered'));
    await expect(page.locator(`[data-q="${second}"] [data-status]`).textContent()).resolves.toContain(t('zh', 'statusReview'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a second click clears the mark', async () => {
    const { page } = await fresh(`/questions/${first}/`);
    const review = page.getByRole('button', { name: new RegExp(t('zh', 'markReview')) });
    // Both clicks land before the study tools have loaded: both are carried out, in order.
    await review.click();
    await review.click();
    await page.waitForFunction(() => localStorage.getItem('transformer-qa:progress:v1') === '{"version":1,"marks":{}}');
    await expect(review.getAttribute('aria-pressed')).resolves.toBe('false');
    await context.close();
  });

  it('a corrupt stored value is ignored with a warning, never a broken page', async () => {
    context = await site.browser.newContext();
    await context.addInitScript(() => localStorage.setItem('transformer-qa:progress:v1', '{"version":1,"marks":{"46":"<img src=x>"}}'));
    const page = await context.newPage();
    const errors = collectErrors(page);
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(url('/'));
    await expect(page.locator('[data-progress-summary]').textContent()).resolves.toBe(t('zh', 'progressSummary', { mastered: 0, total: numbers.length, review: 0 }));
    expect(warnings.some((w) => w.includes('ignoring stored progress'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports to a JSON file and imports one back', async () => {
    const { page } = await fresh(`/questions/${first}/`);
    const mastered = page.getByRole('button', { name: new RegExp(t('zh', 'markMastered')) });
    await mastered.click();
    await expect.poll(() => mastered.getAttribute('aria-pressed')).toBe('true');
    await page.goto(url('/'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('zh', 'exportProgress') }).click()]);
    const exported = JSON.parse(await streamText(await download.createReadStream()));
    expect(exported).toMatchObject({ version: 1, marks: { [first]: 'mastered' } });
    // The review schedule travels in the same file (made from the marks on first use).
    expect(exported.schedule).toMatchObject({ version: 1, cards: { [first]: { reps: 1 } } });

    await page.locator('[data-import]').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, marks: { [second]: 'review' } })),
    });
    // Importing reads the file and updates the schedule asynchronously: wait for the summary.
    await page.locator('[data-progress-summary]', { hasText: t('zh', 'progressSummary', { mastered: 1, total: numbers.length, review: 1 }) }).waitFor({ timeout: 5_000 });
    await page.locator('[data-import]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await page.locator('[data-progress-status]', { hasText: t('zh', 'importFailed') }).waitFor({ timeout: 5_000 });
    await context.close();
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

describe('keyboard', () => {
  it('arrows move through the series, / focuses search, ? shows the shortcuts', async () => {
    const { page, errors } = await fresh(`/questions/${first}/`);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(url(`/questions/${second}/`));
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(url(`/questions/${first}/`));
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
    await page.keyboard.type('ArrowRight'); // typing in the box must not navigate
    await page.keyboard.press('ArrowRight');
    expect(page.url()).toBe(url(`/questions/${first}/`));
    await page.locator('h1').click();
    await page.keyboard.press('Shift+?');
    await page.locator('#shortcuts').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await expect(page.locator('#shortcuts').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('sharing', () => {
  it('the copy-link button copies the absolute URL of the section', async () => {
    const { page, errors } = await fresh(`/questions/${first}/?highlight=softmax`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    await page.getByRole('button', { name: /常见错误|Common mistakes/ }).click();
    // The status is written on the next animation frame, so that a repeat is announced too.
    await page.locator('[data-study-status]', { hasText: t('zh', 'copied') }).waitFor({ state: 'attached', timeout: 5_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(url(`/questions/${first}/#pitfalls`));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('drill', () => {
  it('goes through a part in order with practice mode on, then ends', async () => {
    const { page, errors } = await fresh('/practice/');
    await page.getByRole('button', { name: t('zh', 'drillStart') }).click();
    await page.waitForURL(url(`/questions/${first}/`));
    await page.locator('[data-drill-status]', { hasText: '第 1 / ' }).waitFor();
    expect(await answerVisible(page)).toBe(false);
    await page.locator('[data-drill-next]').click();
    await page.waitForURL(url(`/questions/${second}/`));
    await page.locator('[data-drill-status]', { hasText: '第 2 / ' }).waitFor();
    await page.getByRole('button', { name: t('zh', 'drillEnd') }).click();
    await expect.poll(() => page.locator('[data-drill-status]').textContent()).toBe(
      t('zh', 'drillSummary', { answered: 0, total: numbers.filter((n) => n <= partRange(first).end).length, mastered: 0, review: 0 }),
    );
    await expect(page.locator('[data-drill-next]').isVisible()).resolves.toBe(false);
    await page.reload();
    await expect(page.locator('[data-drill-bar]').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when no question is marked to review', async () => {
    const { page } = await fresh('/practice/');
    await page.getByLabel(t('zh', 'drillReviewSet')).check();
    await page.getByRole('button', { name: t('zh', 'drillStart') }).click();
    await expect(page.locator('[data-drill-message]').textContent()).resolves.toBe(t('zh', 'drillEmpty'));
    await context.close();
  });
});
