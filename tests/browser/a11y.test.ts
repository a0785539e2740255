import { t } from '../../src/lib/i18n';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentNumbers, DIST } from '../helpers/dist';
import { useBuiltSite } from '../helpers/site';
import { representativeQuestionPaths } from '../helpers/sweep';
import { readQuestions } from '../helpers/content';
import { figureUses } from '../../src/lib/figures';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = useBuiltSite();

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(o: object): Promise<{ violations: AxeViolation[] }> } };
    return (await w.axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })).violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const n = contentNumbers('zh')[0];
// The page with the most figures, in both themes: figure colours come from theme tokens.
const mostFigures = (lang: 'zh' | 'en') => readQuestions(lang).reduce((a, b) => (figureUses(b.body).length > figureUses(a.body).length ? b : a)).data.number;
const pages: [string, ((page: Page) => Promise<void>) | undefined][] = [
  ['/', undefined],
  [`/questions/${n}/`, undefined],
  [`/en/questions/${n}/`, undefined],
  ['/404.html', undefined],
  ['/en/glossary/', undefined],
  [`/questions/${mostFigures('zh')}/`, undefined],
  [`/en/questions/${mostFigures('en')}/`, undefined],
  [`/questions/${n}/ in practice mode`, async (page) => void (await page.getByLabel(t('zh', 'practiceMode')).check())],
  [
    `/questions/${n}/ with the attention explorer saturated and masked`,
    async (page) => {
      const figure = page.locator('[data-explorer]').first();
      // Its script loads as the reader nears it.
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('[data-explorer-controls]:not([disabled])').waitFor();
      await figure.getByLabel(t('zh', 'explorerDk')).selectOption('256');
      await figure.getByLabel(t('zh', 'explorerScale')).uncheck();
      await figure.getByLabel(t('zh', 'explorerMaskCausal')).check();
    },
  ],
  ['/en/offline/', undefined],
  [
    '/ with "save all" done and the update prompt shown',
    async (page) => {
      await page.locator('[data-offline-save][data-ready]').click();
      await page.locator('[data-offline-status]').filter({ hasText: t('zh', 'offlineSaved', { count: contentNumbers('zh').length }) }).waitFor({ timeout: 60_000 });
      // The prompt as a waiting worker would have it drawn (its registration is only used on a click).
      const ui = readdirSync(join(DIST, '_astro')).find((f) => f.startsWith('offline-ui.'))!;
      // A string: Vitest would rewrite an import() inside a function.
      await page.evaluate(`import('/_astro/${ui}').then((m) => m.showUpdate(null, document.querySelector('[data-offline]')))`);
      await page.locator('[data-update] button').waitFor();
    },
  ],
  ['/search/?q=softmax', async (page) => void (await page.locator('.result').first().waitFor({ timeout: 15_000 }))],
  [
    '/ with search results open',
    async (page) => {
      await page.getByRole('searchbox').first().fill('注意力');
      await page.locator('.result').first().waitFor({ timeout: 15_000 });
    },
  ],
];

describe.each(['light', 'dark'] as const)('accessibility (%s theme)', (colorScheme) => {
  it.each(pages)('%s has no axe violations', async (path, prepare) => {
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(new URL(path.split(' ')[0]!.slice(1), site.server.url).href);
    await page.waitForLoadState('networkidle');
    await prepare?.(page);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe('questions on a phone, one of each kind', () => {
  // Wide tables and formulas scroll inside their own boxes at this width.
  it.each(representativeQuestionPaths())('%s has no axe violations at 375 px', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(new URL(path.slice(1), site.server.url).href);
    // Scroll boxes are settled once the fonts are in and a frame has been laid out.
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    // Wide boxes join the tab order with a keyboard reader's first key press (the script
    // that does it loads then): check the page that reader meets.
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.katex-display, .figure__box')].every((b) => b.scrollWidth <= b.clientWidth + 1 || b.tabIndex === 0));
    expect(await axe(page)).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('keyboard', () => {
  it('focus is always visible', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(`questions/${n}/`, site.server.url).href);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { tag: el.tagName, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(outline.style, `${outline.tag} #${i}`).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
    await context.close();
  });

  it('the skip link moves focus to the answer', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(`questions/${n}/`, site.server.url).href);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });
});
