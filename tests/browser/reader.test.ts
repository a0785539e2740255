import { t } from '../../src/lib/i18n';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { collectErrors, seedStorage } from '../helpers/browser';
import { contentNumbers } from '../helpers/dist';
import { useBuiltSite } from '../helpers/site';
import { shortcutsFor } from '../../src/lib/shortcuts';

/**
 * What a reader trips over on a phone, a desktop and paper: layout at 320 and 375 px
 * in both languages, print colours, keyboard, drills, import, tables of contents,
 * the language switch and the copy buttons.
 */
const site = useBuiltSite();
const numbers = contentNumbers('zh');
const [first, second] = numbers as [number, number];
const url = (path: string) => new URL(path.replace(/^\//, ''), site.server.url).href;
const PROGRESS = 'transformer-qa:progress:v1';
const PRACTICE = 'transformer-qa:practice:v1';

let context: BrowserContext;
async function open(path: string, options: { width?: number; dark?: boolean; storage?: Record<string, string>; js?: boolean } = {}) {
  context = await site.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    colorScheme: options.dark ? 'dark' : 'light',
    javaScriptEnabled: options.js ?? true,
  });
  await seedStorage(context, options.storage ?? {});
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url(path));
  return { page, errors };
}

const allMarked = () => {
  const marks: Record<string, string> = {};
  numbers.forEach((n, i) => (marks[n] = i % 2 ? 'review' : 'mastered'));
  return { [PROGRESS]: JSON.stringify({ version: 1, marks }) };
};

/** Nothing on the page is wider than the screen. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('question lists with marks, on phones', () => {
  for (const width of [320, 375]) {
    for (const path of ['/', '/en/', '/tags/attention/', '/en/tags/attention/']) {
      it(`${path} at ${width} px keeps titles readable and badges inside the card, even with long labels`, async () => {
        const { page, errors } = await open(path, { width, storage: allMarked() });
        await page.locator('[data-status]:not([hidden])').first().waitFor();
        // Longer labels than any language has today: the layout must not depend on their length.
        await page.evaluate(() => document.querySelectorAll('[data-status]:not([hidden])').forEach((b) => (b.textContent = '✓ Mastered thoroughly and reviewed twice')));
        expect(await pageWidth(page)).toBeLessThanOrEqual(width);
        const boxes = await page.locator('.question-list > li').evaluateAll((items) =>
          items.map((li) => {
            const r = li.getBoundingClientRect();
            const title = li.querySelector('.question-list__title')!.getBoundingClientRect();
            const badges = [...li.querySelectorAll('.q-status:not([hidden]), .difficulty')].map((b) => b.getBoundingClientRect());
            return { title: title.width, right: r.right, badgeRight: Math.max(0, ...badges.map((b) => b.right)) };
          }),
        );
        expect(boxes.length).toBeGreaterThan(0);
        for (const b of boxes) {
          expect(b.title).toBeGreaterThan(150);
          expect(b.badgeRight).toBeLessThanOrEqual(b.right + 0.5);
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('every page fits a 320 px screen', () => {
  const pages = ['/', '/en/', `/questions/${first}/`, `/en/questions/${first}/`, '/tags/', '/en/tags/', '/search/', '/en/search/', '/about/', '/en/about/', '/practice/', '/en/practice/', '/glossary/', '/en/glossary/'];
  it.each(pages)('%s', async (path) => {
    const { page } = await open(path, { width: 320 });
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    const title = await page.locator('.site-title').boundingBox();
    expect(title!.x + title!.width).toBeLessThanOrEqual(320);
    const lang = await page.locator('.lang-switch').boundingBox();
    expect(lang!.x + lang!.width).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe('print', () => {
  it('uses light colours from a dark-theme screen: dark code on white, light tag chips', async () => {
    const { page } = await open(`/questions/51/`, { dark: true });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const lum = (c: string) => {
        const [r, g, b] = c.match(/[\d.]+/g)!.map(Number) as [number, number, number];
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const code = [...document.querySelectorAll('.astro-code span')].map((s) => lum(getComputedStyle(s).color));
      const tag = document.querySelector('.tag')!;
      return { brightestCode: Math.max(...code), tagBg: lum(getComputedStyle(tag).backgroundColor), body: lum(getComputedStyle(document.body).backgroundColor) };
    });
    expect(colours.body).toBeGreaterThan(0.95);
    expect(colours.brightestCode).toBeLessThan(0.7);
    expect(colours.tagBg).toBeGreaterThan(0.9);
    await context.close();
  });
});

describe('keyboard', () => {
  it('Shift+→ extends a selection instead of turning the page, and arrows leave a selection alone', async () => {
    const { page } = await open(`/questions/${first}/`);
    const p = page.locator('.prose p').first();
    await p.click({ clickCount: 2 });
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url(`/questions/${first}/`));
    // With nothing selected, the arrow still turns the page.
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(url(`/questions/${second}/`));
    await context.close();
  });

  it('the shortcuts dialog opens from the footer and lists only what works on the page', async () => {
    const { page } = await open('/');
    await page.locator('[data-shortcuts-open]').click();
    await page.locator('#shortcuts').waitFor({ state: 'visible' });
    await expect(page.locator('#shortcuts dt').count()).resolves.toBe(shortcutsFor('other').length);
    await page.keyboard.press('Escape');
    await page.goto(url(`/questions/${first}/`));
    await expect(page.locator('#shortcuts dt').count()).resolves.toBe(shortcutsFor('question').length);
    await context.close();
  });
});

describe('drill', () => {
  it('counts the last question done only once answered, summarises, and restores practice mode', async () => {
    const { page, errors } = await open('/practice/');
    await page.getByRole('button', { name: t('zh', 'drillStart') }).click();
    await page.waitForURL(url(`/questions/${first}/`));
    await page.getByRole('button', { name: new RegExp(t('zh', 'revealAnswer')) }).click();
    const mastered = page.getByRole('button', { name: new RegExp(t('zh', 'markMastered')) });
    await mastered.click();
    await expect.poll(() => mastered.getAttribute('aria-pressed')).toBe('true');
    // Jump to the drill's last question (the first part, in order).
    const queue = await page.evaluate(() => JSON.parse(localStorage.getItem('transformer-qa:drill:v1')!).queue as number[]);
    await page.goto(url(`/questions/${queue[queue.length - 1]}/`));
    const status = page.locator('[data-drill-status]');
    // The drill's script loads with the page: wait for its first words.
    await page.locator('[data-drill-status]', { hasText: /\S/ }).waitFor();
    await expect(status.textContent()).resolves.not.toContain(t('zh', 'drillDone'));
    await page.keyboard.press('Space');
    await expect.poll(() => status.textContent()).toBe(`${t('zh', 'drillDone')} ${t('zh', 'drillSummary', { answered: 2, total: queue.length, mastered: 1, review: 0 })}`);
    await page.getByRole('button', { name: t('zh', 'drillEnd') }).click();
    await expect(status.isVisible()).resolves.toBe(true);
    await expect.poll(() => page.getByLabel(t('zh', 'practiceMode')).isChecked()).toBe(false);
    await page.goto(url(`/questions/${second}/`));
    await expect(page.locator('.prose').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves practice mode on at the end if the reader had it on before', async () => {
    const { page } = await open('/practice/', { storage: { [PRACTICE]: 'on' } });
    await page.getByRole('button', { name: t('zh', 'drillStart') }).click();
    await page.waitForURL(url(`/questions/${first}/`));
    await page.getByRole('button', { name: t('zh', 'drillEnd') }).click();
    await page.waitForFunction(() => localStorage.getItem('transformer-qa:drill:v1') === null);
    await page.goto(url(`/questions/${second}/`));
    await expect(page.locator('.prose').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('importing progress', () => {
  const file = (marks: Record<string, string>) => ({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, marks })) });

  it('shows the result on screen, asks before overwriting a mark, and ignores numbers the site lacks', async () => {
    const { page, errors } = await open('/en/', { storage: { [PROGRESS]: JSON.stringify({ version: 1, marks: { [first]: 'mastered' } }) } });
    const status = page.locator('[data-progress-status]');
    await page.locator('[data-import]').setInputFiles(file({ [first]: 'review', [second]: 'review', 9999: 'mastered' }));
    await page.locator('[data-import-plan]', { hasText: t('en', 'importPlan', { added: 1, changed: 1 }) }).waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: t('en', 'importKeep') }).click();
    // The import finishes asynchronously (file read, schedule update): wait for its message.
    const done = `${t('en', 'importDone', { added: 1, replaced: 0 })} ${t('en', 'importIgnored', { count: 1 })}`;
    await page.locator('[data-progress-status]', { hasText: done }).waitFor({ timeout: 5_000 });
    await expect(status.textContent()).resolves.toBe(done);
    const box = await status.boundingBox();
    expect(box!.height).toBeGreaterThan(10);
    expect(box!.width).toBeGreaterThan(100);
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).marks, PROGRESS);
    expect(stored).toEqual({ [first]: 'mastered', [second]: 'review' });

    await page.locator('[data-import]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"x":1}') });
    await page.locator('[data-progress-status]', { hasText: 'Import failed' }).waitFor({ timeout: 5_000 });
    await expect(status.isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('replaces the reader\'s marks only when asked to', async () => {
    const { page } = await open('/', { storage: { [PROGRESS]: JSON.stringify({ version: 1, marks: { [first]: 'mastered' } }) } });
    await page.locator('[data-import]').setInputFiles(file({ [first]: 'review' }));
    await page.getByRole('button', { name: t('zh', 'importReplace') }).click();
    await page.locator('[data-progress-status]', { hasText: t('zh', 'importDone', { added: 0, replaced: 1 }) }).waitFor({ timeout: 5_000 });
    await expect(page.locator('[data-progress-status]').textContent()).resolves.toBe(t('zh', 'importDone', { added: 0, replaced: 1 }));
    await expect(page.locator('[data-progress-summary]').textContent()).resolves.toBe(t('zh', 'progressSummary', { mastered: 0, total: numbers.length, review: 1 }));
    await context.close();
  });
});

describe('table of contents', () => {
  it('a contents link in practice mode reveals the answer and scrolls to the section', async () => {
    const { page } = await open(`/questions/${first}/`, { storage: { [PRACTICE]: 'on' } });
    await expect(page.locator('.prose').isVisible()).resolves.toBe(false);
    await page.locator('[data-toc] a[href="#pitfalls"]').click();
    await page.locator('.prose').waitFor({ state: 'visible', timeout: 5_000 });
    await page.waitForFunction(() => {
      const r = document.getElementById('pitfalls')!.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    });
    await context.close();
  });

  it('on a phone, a compact "on this page" control jumps to a section and closes', async () => {
    const { page } = await open(`/en/questions/${first}/`, { width: 375 });
    await expect(page.locator('[data-toc]').isVisible()).resolves.toBe(false);
    const compact = page.locator('[data-toc-compact]');
    await compact.locator('summary').click();
    await compact.getByRole('link', { name: 'Common mistakes' }).click();
    await page.waitForURL(/#pitfalls$/);
    await expect(compact.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await context.close();
  });

  it('the compact control works without JavaScript, and is absent on wide screens', async () => {
    const { page } = await open(`/questions/${first}/`, { width: 375, js: false });
    await page.locator('[data-toc-compact] summary').click();
    await expect(page.locator('[data-toc-compact] a[href="#pitfalls"]').isVisible()).resolves.toBe(true);
    await context.close();
    const wide = await open(`/questions/${first}/`);
    await expect(wide.page.locator('[data-toc-compact]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('the desktop contents mark the section being read', async () => {
    const { page } = await open(`/questions/${first}/`);
    await page.locator('#pitfalls').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('pitfalls')!.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => document.querySelector('[data-toc] a[aria-current="true"]')?.getAttribute('href') === '#pitfalls');
    await expect(page.locator('[data-toc] a[aria-current="true"]').count()).resolves.toBe(1);
    await context.close();
  });
});

describe('the language switch', () => {
  it('keeps the section', async () => {
    const { page } = await open(`/questions/${first}/#pitfalls`);
    await page.locator('.lang-switch').click();
    await page.waitForURL(url(`/en/questions/${first}/#pitfalls`));
    await context.close();
  });
  it('keeps a section chosen after the page loaded', async () => {
    const { page } = await open(`/en/questions/${first}/`);
    await page.locator('[data-toc] a[href="#example"], [data-toc] a[href="#follow-ups"]').first().click();
    const hash = new URL(page.url()).hash;
    await page.locator('.lang-switch').click();
    await page.waitForURL(url(`/questions/${first}/${hash}`));
    await context.close();
  });
  it('keeps the search', async () => {
    const { page } = await open('/search/?q=softmax');
    await page.locator('.lang-switch').click();
    await page.waitForURL(url('/en/search/?q=softmax'));
    await expect(page.locator('.search-page input[type="search"]').inputValue()).resolves.toBe('softmax');
    await context.close();
  });
});

describe('search on a phone', () => {
  it('the dropdown spans the full screen width', async () => {
    const { page } = await open('/', { width: 375 });
    await page.locator('.site-header input[type="search"]').fill('softmax');
    const results = page.locator('.site-header .search__results');
    await results.locator('.result').first().waitFor({ timeout: 15_000 });
    const box = await results.boundingBox();
    expect(box!.x).toBeLessThanOrEqual(0.5);
    expect(box!.width).toBeGreaterThanOrEqual(374);
    await context.close();
  });

  it('a result opens at the first highlighted word, not the top of the page', async () => {
    const { page } = await open(`/questions/${first}/?highlight=softmax`, { width: 375 });
    await page.locator('[data-pagefind-body] mark').first().waitFor();
    await page.waitForFunction(() => {
      const mark = [...document.querySelectorAll('[data-pagefind-body] mark')].find((m) => m.getClientRects().length > 0)!;
      const r = mark.getBoundingClientRect();
      return scrollY > 0 && r.top >= 0 && r.bottom <= innerHeight;
    });
    await context.close();
  });
});

describe('copying', () => {
  it('code blocks have a copy button that copies the code and says so on screen', async () => {
    const { page, errors } = await open('/questions/51/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const block = page.locator('.code-block').first();
    const code = await block.locator('pre').textContent();
    await expect(block.getByRole('button', { name: t('zh', 'copyCode') }).count()).resolves.toBe(1);
    const button = block.locator('.copy-code');
    await button.click();
    await button.locator('.copy-feedback', { hasText: t('zh', 'codeCopied') }).waitFor({ state: 'visible', timeout: 3_000 });
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(code);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('each heading has one visible link control: the copy button with JavaScript, the "#" link without', async () => {
    const { page } = await open(`/questions/${first}/`);
    const heading = page.locator('.qa-section--pitfalls .heading-wrapper');
    await expect(heading.locator('.heading-anchor').isVisible()).resolves.toBe(false);
    await expect(heading.locator('.copy-link').isVisible()).resolves.toBe(true);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    await heading.locator('.copy-link').click();
    await heading.locator('.copy-feedback', { hasText: t('zh', 'copied') }).waitFor({ state: 'visible', timeout: 3_000 });
    await context.close();
    const nojs = await open(`/questions/${first}/`, { js: false });
    await expect(nojs.page.locator('.qa-section--pitfalls .heading-anchor').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('phones: targets and scrolling boxes', () => {
  it('links and buttons a finger aims at are at least 24 × 24 px', async () => {
    const { page } = await open(`/questions/${first}/`, { width: 375 });
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.breadcrumb a, a.tag, [data-toc-compact] summary, .site-footer a, .site-footer button, .lang-switch, .copy-link, .copy-code, .mark-button')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ el: el.outerHTML.slice(0, 60), ...el.getBoundingClientRect().toJSON() }))
        .filter((r) => r.width < 24 || r.height < 24),
    );
    expect(small).toEqual([]);
    await context.close();
  });

  it('a formula that scrolls sideways shows a shadow at the edge with more to see', async () => {
    const { page } = await open(`/questions/${first}/`, { width: 320 });
    const style = await page.evaluate(() => {
      const box = [...document.querySelectorAll<HTMLElement>('.prose .katex-display')].find((b) => b.scrollWidth > b.clientWidth + 1);
      if (!box) return null;
      const s = getComputedStyle(box);
      return { image: s.backgroundImage, attachment: s.backgroundAttachment };
    });
    expect(style, 'a page with a formula wider than 320 px').not.toBeNull();
    expect(style!.image).toContain('radial-gradient');
    expect(style!.attachment).toBe('local, local, scroll, scroll');
    await context.close();
  });
});

describe('home page', () => {
  it('says why the series starts at 46', async () => {
    const { page } = await open('/');
    await expect(page.locator('.home__series-start').textContent()).resolves.toContain('46');
    await context.close();
  });
});
