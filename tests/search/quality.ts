import type { Browser, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import type { SearchCase } from './queries';

/**
 * Types each query into the built site's search page, as a reader does, and reads
 * what the page shows: the question numbers in result order, a "did you mean"
 * suggestion, or the no-results message.
 */
export interface CaseOutcome extends SearchCase {
  results: number[];
  suggestion: string | null;
  /** 1-based rank of the first right answer, or 0. */
  rank: number;
}

const questionNumber = (href: string) => Number(/questions\/(\d+)\//.exec(href)?.[1] ?? NaN);

export async function runCase(page: Page, siteUrl: string, c: SearchCase): Promise<CaseOutcome> {
  const searchPage = new URL(c.lang === 'en' ? 'en/search/' : 'search/', siteUrl).href;
  if (page.url() !== searchPage) await page.goto(searchPage);
  const box = page.locator('form[data-search-page] input[type="search"]');
  await box.fill('');
  await box.pressSequentially(c.query, { delay: 10 });
  // Settled: the status names this query's outcome (results, none, or a suggestion).
  await page.waitForFunction(
    (q) => {
      const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
      return form?.dataset.searched === q;
    },
    c.query,
    { timeout: 20_000 },
  );
  const results = (await page.locator('form[data-search-page] .result__link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).map(questionNumber);
  const suggestion = (await page.locator('form[data-search-page] [data-search-suggestion]').count()) > 0 ? await page.locator('form[data-search-page] [data-search-suggestion]').first().textContent() : null;
  const rank = results.findIndex((n) => c.expect.includes(n)) + 1;
  return { ...c, results, suggestion, rank };
}

export interface Summary {
  cases: number;
  precisionAt1: number;
  meanReciprocalRank: number;
  nonsenseWithNoResults: number;
  byKind: Record<string, { cases: number; precisionAt1: number }>;
}

export function summarize(outcomes: readonly CaseOutcome[]): Summary {
  const answerable = outcomes.filter((o) => o.expect.length > 0);
  const nonsense = outcomes.filter((o) => o.expect.length === 0);
  const p1 = (os: readonly CaseOutcome[]) => (os.length === 0 ? 1 : os.filter((o) => o.rank === 1).length / os.length);
  const byKind: Summary['byKind'] = {};
  for (const kind of new Set(answerable.map((o) => o.kind))) {
    const os = answerable.filter((o) => o.kind === kind);
    byKind[kind] = { cases: os.length, precisionAt1: p1(os) };
  }
  return {
    cases: outcomes.length,
    precisionAt1: p1(answerable),
    meanReciprocalRank: answerable.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0) / answerable.length,
    nonsenseWithNoResults: nonsense.length === 0 ? 1 : nonsense.filter((o) => o.results.length === 0).length / nonsense.length,
    byKind,
  };
}

/** Bytes a first search transfers (gzip for text, as a host sends it), from the home page. */
export interface FirstSearch {
  requests: number;
  bytes: number;
  urls: string[];
}

export async function firstSearchBytes(browser: Browser, siteUrl: string, lang: 'zh' | 'en', query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(lang === 'en' ? 'en/' : '', siteUrl).href);
  await page.waitForLoadState('networkidle');
  const sizes: Promise<number>[] = [];
  const urls: string[] = [];
  page.on('response', (res) => {
    urls.push(new URL(res.url()).pathname);
    sizes.push(
      res.body().then(
        (body) => (/\.(woff2|wasm|png)$|\/pagefind\/(?!.*\.(js|json|css)$)/.test(res.url()) ? body.length : gzipSync(body, { level: 9 }).length),
        () => 0,
      ),
    );
  });
  const box = page.getByRole('searchbox').first();
  await box.click();
  await box.pressSequentially(query, { delay: 15 });
  await page.locator('.search__results .result').first().waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(sizes);
  await context.close();
  return { requests: all.length, bytes: all.reduce((a, b) => a + b, 0), urls };
}

export function report(summary: Summary, outcomes: readonly CaseOutcome[], firstSearch: FirstSearch): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `search quality: ${summary.cases} queries typed into the built site's search`,
    `  precision at 1            ${pct(summary.precisionAt1)}`,
    `  mean reciprocal rank      ${summary.meanReciprocalRank.toFixed(3)}`,
    `  nonsense with no results  ${pct(summary.nonsenseWithNoResults)}`,
    `  first search (home page)  ${(firstSearch.bytes / 1024).toFixed(1)} KB in ${firstSearch.requests} requests`,
    ...Object.entries(summary.byKind).map(([kind, k]) => `  P@1 ${kind.padEnd(15)} ${pct(k.precisionAt1)} of ${k.cases}`),
    '  misses:',
    ...outcomes
      .filter((o) => (o.expect.length > 0 ? o.rank !== 1 : o.results.length > 0))
      .map((o) => `    [${o.lang}] ${JSON.stringify(o.query)} want ${o.expect.join('/') || 'nothing'} got ${o.results.slice(0, 5).join(' ') || '—'}${o.suggestion ? ` (${o.suggestion.trim()})` : ''}`),
  ];
  return lines.join('\n');
}
