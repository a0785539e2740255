import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { figureUses } from '../../src/lib/figures';
import { questionPath } from '../../src/lib/urls';
import { LANGS } from '../../src/lib/locales';
import { readQuestions } from '../helpers/content';
import { useBuiltSite } from '../helpers/site';

/**
 * Figures as a reader sees them: on a 320 px phone (the page never scrolls sideways;
 * a figure too wide for the screen scrolls in its own box, which the keyboard can
 * reach), in light and dark themes (every label keeps its contrast), and on paper.
 */
const site = useBuiltSite();
const paths = LANGS.flatMap((lang) => readQuestions(lang).filter((q) => figureUses(q.body).length > 0).map((q) => questionPath(lang, q.data.number)));

const settle = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });

/** Contrast ratio (WCAG) of every label in every figure against the figure's background. */
const labelContrasts = (page: Page) =>
  page.evaluate(() => {
    const lum = (c: string) => {
      const [r, g, b] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    return [...document.querySelectorAll<HTMLElement>('.figure__box')].flatMap((box) => {
      const bg = getComputedStyle(box).backgroundColor;
      return [...box.querySelectorAll('text')]
        .filter((t) => t.textContent!.trim() !== '' && !t.closest('[aria-hidden="true"]'))
        .map((t) => ({ figure: box.closest('figure')!.id, text: t.textContent!.trim().slice(0, 30), ratio: ratio(getComputedStyle(t).fill, bg) }));
    });
  });

describe('figures on a 320 px phone', () => {
  it('there are pages with figures in every language', () => {
    for (const lang of LANGS) expect(paths.some((p) => p.startsWith(questionPath(lang, 1).replace(/1\/$/, ''))), lang).toBe(true);
  });

  it('no page with figures scrolls sideways, and a figure that overflows is reachable from the keyboard', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(site.url(path));
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      // A keyboard reader's first key press loads the script that puts wide boxes in the tab order.
      await page.keyboard.press('Tab');
      const boxes = () => page.$$eval('.figure__box', (els) => els.map((b) => ({ id: b.closest('figure')!.id, overflows: b.scrollWidth > b.clientWidth + 1, tabindex: b.getAttribute('tabindex') })));
      await expect.poll(async () => (await boxes()).filter((b) => b.tabindex !== (b.overflows ? '0' : null)).map((b) => `${path}#${b.id}`)).toEqual([]);
    }
    await context.close();
  }, 120_000);
});

describe.each(['light', 'dark'] as const)('figure labels in the %s theme', (colorScheme) => {
  it('keep a contrast of at least 4.5:1 against the figure background', async () => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const low: string[] = [];
    for (const path of paths) {
      await page.goto(site.url(path));
      for (const c of await labelContrasts(page)) if (c.ratio < 4.5) low.push(`${path}#${c.figure} "${c.text}" ${c.ratio.toFixed(2)}`);
    }
    expect(low).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('figures on paper', () => {
  it('shrink to the page width instead of being cut off', async () => {
    const context = await site.browser.newContext({ viewport: { width: 700, height: 900 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const path of paths.slice(0, 3)) {
      await page.goto(site.url(path));
      const overflow = await page.$$eval('.figure__box svg', (svgs) => svgs.filter((s) => s.getBoundingClientRect().width > s.parentElement!.clientWidth + 1).length);
      expect(overflow, path).toBe(0);
    }
    await context.close();
  });
});
