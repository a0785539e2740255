import { t } from '../../src/lib/i18n';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors } from '../helpers/browser';
import {  } from '../helpers/dist';
import { useBuiltSite } from '../helpers/site';

/** The attention explorer of questions 46 and 49, used as a reader would. */
const site = useBuiltSite();

async function open(path: string, javaScriptEnabled = true, width = 1280) {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(new URL(path.replace(/^\//, ''), site.server.url).href);
  if (javaScriptEnabled) {
    // The explorer's script loads as the reader nears it: go there, as a reader would.
    await page.locator('[data-explorer]').first().scrollIntoViewIfNeeded();
    await page.locator('[data-explorer-controls]:not([disabled])').first().waitFor();
  }
  return { page, errors, close: () => context.close() };
}

const figure = (page: Page) => page.locator('[data-explorer]').first();
/** The weights table as numbers, one array per query row. */
const weights = (page: Page) =>
  figure(page)
    .locator('[data-explorer-matrix="weights"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.textContent!.replace('−', '-')))));
const queryRow = async (page: Page) => {
  const index = await figure(page)
    .locator('[data-explorer-matrix="weights"] tbody tr')
    .evaluateAll((rows) => rows.findIndex((r) => r.classList.contains('is-query')));
  return (await weights(page))[index]!;
};

describe('attention explorer', () => {
  it('shows a complete first frame with JavaScript off, controls disabled', async () => {
    const { page, close } = await open('/questions/46/', false);
    const w = await weights(page);
    expect(w).toHaveLength(5);
    for (const row of w) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 1);
    await expect(figure(page).getByLabel(t('zh', 'explorerScale')).isDisabled()).resolves.toBe(true);
    await expect(figure(page).getByLabel('“坐”的第 1 维').isDisabled()).resolves.toBe(true);
    await expect(figure(page).locator('[data-explorer-nojs]').isVisible()).resolves.toBe(true);
    await close();
  });

  it('with JavaScript: scaling off at large d_k saturates the softmax, with the keyboard', async () => {
    const { page, errors, close } = await open('/questions/46/');
    const f = figure(page);
    await expect(f.locator('[data-explorer-nojs]').isVisible()).resolves.toBe(false);
    const before = await queryRow(page);
    expect(Math.max(...before)).toBeLessThan(0.6);

    await f.getByLabel(t('zh', 'explorerDk')).selectOption('256');
    const scaled = await queryRow(page);
    expect(Math.max(...scaled)).toBeLessThan(0.6);

    // Keyboard only: focus the checkbox and toggle it with Space.
    await f.getByLabel(t('zh', 'explorerScale')).focus();
    await page.keyboard.press('Space');
    await expect(f.getByLabel(t('zh', 'explorerScale')).isChecked()).resolves.toBe(false);
    const saturated = await queryRow(page);
    expect(Math.max(...saturated)).toBeGreaterThan(0.98);
    await expect(f.locator('[data-explorer-matrix="scores"] [data-explorer-caption]').textContent()).resolves.toContain('1 × 1.00');
    await expect(f.locator('[data-explorer-summary]').textContent()).resolves.toMatch(/熵 0\.\d\d bit/);
    expect(errors).toEqual([]);
    await close();
  });

  it('the temperature slider moves with arrow keys and flattens the weights', async () => {
    const { page, errors, close } = await open('/questions/46/');
    const f = figure(page);
    const before = Math.max(...(await queryRow(page)));
    const slider = f.getByLabel(t('zh', 'explorerTemperature'));
    await slider.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect(f.locator('output').textContent()).resolves.toBe('4.00');
    const after = Math.max(...(await queryRow(page)));
    expect(after).toBeLessThan(before);
    expect(errors).toEqual([]);
    await close();
  });

  it('shared Q = K makes the diagonal win; masking the diagonal empties it', async () => {
    const { page, errors, close } = await open('/questions/46/');
    const f = figure(page);
    await f.getByLabel(t('zh', 'explorerDk')).selectOption('16');
    await f.getByLabel(t('zh', 'explorerShared')).check();
    await expect(f.locator('[data-explorer-summary]').textContent()).resolves.toContain('5 / 5 行把最大权重给了自己');
    await f.getByLabel(t('zh', 'explorerMaskDiagonal')).check();
    const w = await weights(page);
    w.forEach((row, i) => expect(row[i]).toBe(0));
    await expect(f.locator('[data-explorer-summary]').textContent()).resolves.toContain('0 / 5 行');
    expect(errors).toEqual([]);
    await close();
  });

  it('a causal mask hides later words; the inspected query and the weighted sum follow the choice', async () => {
    const { page, errors, close } = await open('/questions/46/');
    const f = figure(page);
    await f.getByLabel(t('zh', 'explorerMaskCausal')).check();
    const w = await weights(page);
    expect(w[0]).toEqual([1, 0, 0, 0, 0]);
    expect(w[2]!.slice(3)).toEqual([0, 0]);
    await expect(f.locator('[data-explorer-matrix="scores"] tbody tr').first().locator('td').nth(1).textContent()).resolves.toBe('−∞');

    await f.getByRole('radio', { name: '小猫' }).check();
    await expect(f.locator('[data-explorer-output-title]').textContent()).resolves.toContain('“小猫”');
    // The first word can only see itself, and W_V = I: its output is its own vector.
    await expect(f.locator('[data-explorer-sum]').textContent()).resolves.toBe('1.00 × 小猫 = [0.90, −0.30, 0.20, 1.10]');
    expect(errors).toEqual([]);
    await close();
  });

  it('editing a word vector changes the scores', async () => {
    const { page, errors, close } = await open('/questions/46/');
    const f = figure(page);
    const scores = () => f.locator('[data-explorer-matrix="scores"] tbody').textContent();
    const before = await scores();
    await f.getByLabel('“坐”的第 1 维').fill('3');
    expect(await scores()).not.toBe(before);
    // A half-typed value does not break the figure.
    await f.getByLabel('“坐”的第 1 维').fill('');
    expect(await scores()).not.toContain('NaN');
    expect(errors).toEqual([]);
    await close();
  });

  it('question 49 starts in the shared setting, and the English figure speaks English', async () => {
    const { page, close } = await open('/questions/49/');
    await expect(figure(page).locator('[data-explorer-summary]').textContent()).resolves.toContain('5 / 5');
    await page.goto(new URL('en/questions/49/', site.server.url).href);
    await expect(figure(page).locator('[data-explorer-summary]').textContent()).resolves.toContain('5 of 5 rows');
    await expect(figure(page).getByLabel(t('en', 'explorerShared')).isChecked()).resolves.toBe(true);
    await close();
  });

  it('fits a 375 px phone without widening the page', async () => {
    const { page, close } = await open('/questions/46/', true, 375);
    await figure(page).scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await close();
  });
});
