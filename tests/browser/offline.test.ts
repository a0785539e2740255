import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { writeWorker } from '../../src/build/service-worker';
import { t } from '../../src/lib/i18n';
import { PAGES_CACHE } from '../../src/lib/offline';
import { collectErrors } from '../helpers/browser';
import { contentNumbers, DIST } from '../helpers/dist';
import { useBuiltSite } from '../helpers/site';
import { serveDist, type StaticServer } from '../helpers/static-server';

/**
 * Offline reading in Chromium, on a real http origin (workers need one): what a first
 * visit saves, what opens with the network off (Playwright's offline mode, which the
 * worker's own fetches obey too: an unsaved page gets the offline page, not the real
 * one), "save all", and the prompt after a deploy.
 */
const site = useBuiltSite();
const zh = contentNumbers('zh');
const en = contentNumbers('en');
const [first, second] = zh as [number, number];
const last = zh[zh.length - 1]!;

let context: BrowserContext;
afterAll(async () => context?.close().catch(() => {}));

/** Opens a page and waits until the worker controls it and has saved it. */
async function openControlled(url: string): Promise<{ page: Page; errors: string[] }> {
  context = await site.browser.newContext();
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await waitSaved(page, url);
  return { page, errors };
}

/** Polls until the page is controlled by an activated worker and `url` is in the page cache. */
async function waitSaved(page: Page, url: string) {
  const saved = () =>
    page.evaluate(
      async ([cache, key]) => navigator.serviceWorker.controller?.state === 'activated' && Boolean(await (await caches.open(cache)).match(key)),
      [PAGES_CACHE, url] as const,
    );
  for (const deadline = Date.now() + 30_000; !(await saved()); await page.waitForTimeout(200)) {
    if (Date.now() > deadline) throw new Error(`${url} was not saved within 30 s`);
  }
}

const heading = (page: Page) => page.locator('main h1').first().textContent();

describe('offline reading', () => {
  it('a visited page opens offline, search works over the cached index, and an unvisited page gets the offline page listing what is saved', async () => {
    const { page, errors } = await openControlled(site.url(`/questions/${first}/`));
    const firstTitle = await heading(page);
    // A page opened while the worker is in charge is saved as it is read.
    await page.goto(site.url(`/questions/${second}/`));
    await waitSaved(page, site.url(`/questions/${second}/`));

    await context.setOffline(true);
    await page.goto(site.url(`/questions/${first}/`));
    expect(await heading(page)).toBe(firstTitle);
    // Opened from a search result: the same saved page, whatever the query string.
    await page.goto(site.url(`/questions/${first}/?highlight=softmax`));
    expect(await heading(page)).toBe(firstTitle);

    await page.getByRole('searchbox').first().fill('softmax');
    await page.locator('.search__results .result').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.search__results .result__title').count()).toBeGreaterThan(0);

    await page.goto(site.url(`/questions/${last}/`));
    expect(await heading(page)).toBe(t('zh', 'offlineTitle'));
    const list = page.locator('[data-offline-list] li:not([hidden]) a');
    await page.locator('[data-offline-count]').filter({ hasText: t('zh', 'offlineSavedCount', { count: 2 }) }).waitFor();
    expect(await list.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual([`/questions/${first}/`, `/questions/${second}/`]);
    await list.first().click();
    await page.waitForURL(`**/questions/${first}/`);
    expect(await heading(page)).toBe(firstTitle);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an unvisited English page gets the English offline page, which says nothing is saved yet', async () => {
    const { page } = await openControlled(site.url('/en/'));
    await context.setOffline(true);
    await page.goto(site.url(`/en/questions/${en[0]}/`));
    expect(await heading(page)).toBe(t('en', 'offlineTitle'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect(page.locator('[data-offline-none]').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-offline-list] li:not([hidden])').count()).toBe(0);
    await context.close();
  });

  it('"save all" saves every question, announces when it is done, and then every question opens offline', async () => {
    const { page, errors } = await openControlled(site.url('/'));
    const save = page.getByRole('button', { name: t('zh', 'offlineSave') });
    await save.click();
    const status = page.locator('[data-offline-status]');
    expect(await status.getAttribute('role')).toBe('status');
    await status.filter({ hasText: t('zh', 'offlineSaved', { count: zh.length }) }).waitFor({ timeout: 60_000 });
    await context.setOffline(true);
    for (const n of zh) {
      await page.goto(site.url(`/questions/${n}/`));
      const title = await heading(page);
      expect(title, `question ${n}`).not.toBe(t('zh', 'offlineTitle'));
      expect(await page.locator('.question__title').count(), `question ${n}`).toBe(1);
    }
    await page.goto(site.url('/search/?q=softmax'));
    await page.locator('.search__results .result').first().waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('after a deploy', () => {
  let tmp: string;
  let copy: string;
  let server: StaticServer;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'qa-offline-'));
    copy = join(tmp, 'dist');
    cpSync(DIST, copy, { recursive: true });
    server = await serveDist(copy);
  });
  afterAll(async () => {
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the reader sees "updated — reload", the old version stays until then, and reloading shows the new one', async () => {
    context = await site.browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    const url = new URL(`questions/${first}/`, server.url).href;
    await page.goto(url);
    await waitSaved(page, url);
    const version = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--qa-test-version').trim());
    expect(await version()).toBe('');

    // The deploy: a changed stylesheet (precached) and a new worker listing it.
    const css = join(copy, '_qa/content-styles.css');
    writeFileSync(css, `${readFileSync(css, 'utf8')}\n:root{--qa-test-version:2}\n`);
    await writeWorker(copy);

    // The browser checks for a new worker on navigation.
    await page.goto(url);
    const prompt = page.locator('[data-update]');
    await prompt.getByRole('button', { name: t('zh', 'updateReload') }).waitFor({ timeout: 30_000 });
    expect(await prompt.textContent()).toContain(t('zh', 'updateReady'));
    expect(await prompt.getAttribute('role')).toBe('status');
    // Until the reader reloads, the worker in charge serves the version the page came with.
    expect(await version()).toBe('');

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button').click()]);
    await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--qa-test-version').trim() === '2', null, { timeout: 15_000 });
    expect(await prompt.textContent()).toBe('');
    // The saved page was fetched again for the new version: offline it still opens.
    await context.setOffline(true);
    await page.goto(url);
    expect(await page.locator('.question__title').count()).toBe(1);
    expect(await version()).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
