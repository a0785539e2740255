import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/locales';
import { WORKER_FILE } from '../../src/lib/offline';
import { offlineListPath, offlinePath, questionPath } from '../../src/lib/urls';
import { contentNumbers, DIST, readPage, requireDist } from '../helpers/dist';

/**
 * The offline worker as the build wrote it: what a first visit downloads (the shell,
 * the whole search index, the offline pages, and nothing a reader never loads), and
 * how that grows with the series.
 */
requireDist();

const worker = readFileSync(join(DIST, WORKER_FILE), 'utf8');
const precached = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
const files = (dir: string) => readdirSync(join(DIST, dir)).map((f) => `${dir}/${f}`);
const size = (urls: string[]) => urls.reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0);

describe('the precache', () => {
  it('lists files that exist, each once, relative to the worker (so any base works)', () => {
    expect(precached.length).toBeGreaterThan(50);
    expect(new Set(precached).size).toBe(precached.length);
    for (const url of precached) {
      expect(url.startsWith('/'), url).toBe(false);
      expect(existsSync(join(DIST, url)), url).toBe(true);
    }
  });

  it('holds the styles, scripts and fonts every page loads', () => {
    const page = readPage(`/questions/${contentNumbers('zh')[0]}/`);
    const assets = [...page.matchAll(/(?:href|src)="\/((?:_astro|_qa)\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(3);
    for (const a of assets) expect(precached, a).toContain(a);
    for (const font of files('_astro').filter((f) => f.endsWith('.woff2'))) expect(precached).toContain(font);
  });

  it('holds the whole search index: entry, script, WebAssembly, metadata, filters, chunks and fragments', () => {
    const pagefind = [
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      ...files('pagefind').filter((f) => /\.(pf_meta|pagefind)$/.test(f)),
      ...files('pagefind/index'),
      ...files('pagefind/filter'),
      ...files('pagefind/fragment'),
    ];
    for (const f of pagefind) expect(precached, f).toContain(f);
  });

  it('holds each language\'s offline page, and no other page', () => {
    const html = precached.filter((u) => u.endsWith('.html'));
    expect(html.sort()).toEqual(LANGS.map((l) => `${offlinePath(l).slice(1)}index.html`).sort());
  });

  it('leaves out what no reader loads: Pagefind\'s UI bundles, font fallbacks, preview images, feeds', () => {
    for (const url of precached) expect(url, url).not.toMatch(/pagefind-(ui|modular-ui|component-ui|worker)|\.(woff|ttf|png|xml)$/);
  });

  it('grows with the series by a fixed amount per question page', () => {
    const pages = LANGS.reduce((n, l) => n + contentNumbers(l).length, 0);
    const perPage = size(precached.filter((u) => /^pagefind\/(index|fragment)\//.test(u))) / pages;
    const rest = size(precached.filter((u) => !/^pagefind\/(index|fragment)\//.test(u)));
    // Today about 15 KB of index and fragment per page and 0.7 MB for the rest.
    expect(perPage).toBeLessThan(25_000);
    expect(rest).toBeLessThan(1_000_000);
  });
});

describe('the worker', () => {
  it('waits for the reader before taking over from an older version, and answers SKIP_WAITING', () => {
    expect(worker).toContain('SKIP_WAITING');
    // Its one call is the message handler's: a worker that called it on install would
    // take over a page built for the old version.
    expect(worker.match(/skipWaiting\(\)/g)).toHaveLength(1);
  });

  it('loads its extension from a file named by its content', () => {
    const ext = /importScripts\("(sw-offline\.[0-9a-f]{10}\.js)"\)/.exec(worker)?.[1];
    expect(ext).toBeDefined();
    expect(readFileSync(join(DIST, ext!), 'utf8')).toContain('qa-pages-next');
  });

  it('is revalidated on every check on hosts that read _headers', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toMatch(new RegExp(`^/${WORKER_FILE}\\n  Cache-Control: no-cache$`, 'm'));
  });

  it('is registered from the pages, at the base, with its scope', () => {
    for (const path of [...LANGS.map(offlinePath), '/', `/en/questions/${contentNumbers('en')[0]}/`]) {
      const html = readPage(path);
      expect(html).toMatch(/data-worker="\/sw\.js"/);
      expect(html).toMatch(/data-scope="\/"/);
    }
  });
});

describe('"save all"', () => {
  it('reads the list of questions from one file per language, not from every page', () => {
    for (const lang of LANGS) {
      const list = JSON.parse(readFileSync(join(DIST, offlineListPath(lang)), 'utf8')) as number[];
      expect(list, lang).toEqual(contentNumbers(lang));
      const page = readPage(questionPath(lang, contentNumbers(lang)[0]!));
      expect(page, lang).toContain(`data-questions="${offlineListPath(lang)}"`);
    }
  });
});
