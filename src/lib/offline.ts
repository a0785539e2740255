/**
 * Offline reading: the names the service worker (src/build/service-worker.ts) and the
 * page scripts share, and the URL logic of the page scripts. No imports: the worker's
 * build step runs this file under plain Node, and page scripts load it on first use.
 */

/** The worker's file, at the site's base; its scope is the base. */
export const WORKER_FILE = 'sw.js';
/**
 * HTML pages the reader opened or saved. Workbox's precache holds the rest (styles,
 * scripts, fonts, the search index and the offline pages) under a name of its own.
 */
export const PAGES_CACHE = 'qa-pages';
/** Saved pages fetched again by a newly installed worker, moved into PAGES_CACHE when it takes over. */
export const PAGES_STAGING_CACHE = 'qa-pages-next';
/** The folder of each language's offline page. */
export const OFFLINE_DIR = 'offline';

/**
 * The cache key of a page: its URL without query or fragment, so a page opened from a
 * search (`?highlight=softmax`) is the same saved page as the plain one.
 */
export function pageKey(url: string): string {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
}

/**
 * The question numbers among saved page URLs, for one language: `template` is the
 * absolute URL of a question with `{n}` for its number (e.g.
 * `https://example.org/qa/en/questions/{n}/`). Sorted, each once.
 */
export function savedNumbers(urls: readonly string[], template: string): number[] {
  const [before, after = ''] = template.split('{n}') as [string, string?];
  const numbers = new Set<number>();
  for (const url of urls) {
    const key = pageKey(url);
    if (!key.startsWith(before) || !key.endsWith(after)) continue;
    const n = key.slice(before.length, key.length - after.length);
    if (/^\d+$/.test(n)) numbers.add(Number(n));
  }
  return [...numbers].sort((a, b) => a - b);
}

/** The site paths "save all" fetches: the language's other pages first, then every question. */
export function pathsToSave(questionTemplate: string, numbers: readonly number[], pages: readonly string[]): string[] {
  return [...pages, ...numbers.map((n) => questionTemplate.replace('{n}', String(n)))];
}
