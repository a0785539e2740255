import { describe, expect, it } from 'vitest';
import { offlineFallbacks, PRECACHE_GLOBS, workerOptions } from '../../src/build/service-worker';
import { LANGS } from '../../src/lib/locales';
import { pageKey, pathsToSave, savedNumbers } from '../../src/lib/offline';
import { offlinePath, questionPathTemplate, withBase } from '../../src/lib/urls';

const ORIGIN = 'https://example.org';

describe('savedNumbers', () => {
  const template = `${ORIGIN}/qa/en/questions/{n}/`;
  it('finds the saved questions of one language under the base, sorted, each once', () => {
    const urls = [
      `${ORIGIN}/qa/en/questions/52/`,
      `${ORIGIN}/qa/en/questions/47/?highlight=softmax`,
      `${ORIGIN}/qa/en/questions/47/`,
      `${ORIGIN}/qa/en/questions/100/#pitfalls`,
    ];
    expect(savedNumbers(urls, template)).toEqual([47, 52, 100]);
  });
  it('leaves out other languages, other sites on the origin, other pages and non-numbers', () => {
    const urls = [
      `${ORIGIN}/qa/questions/48/`, // Chinese, at the root of the base
      `${ORIGIN}/other/en/questions/49/`, // another base on the same origin
      `https://elsewhere.org/qa/en/questions/50/`,
      `${ORIGIN}/qa/en/`,
      `${ORIGIN}/qa/en/questions/51/extra/`,
      `${ORIGIN}/qa/en/questions/5x/`,
    ];
    expect(savedNumbers(urls, template)).toEqual([]);
  });
  it('works for the language at the root of the site', () => {
    expect(savedNumbers([`${ORIGIN}/questions/46/`, `${ORIGIN}/en/questions/47/`], `${ORIGIN}/questions/{n}/`)).toEqual([46]);
  });
});

describe('pageKey', () => {
  it('drops the query and the fragment, so a page opened from a search is the saved page', () => {
    expect(pageKey(`${ORIGIN}/questions/46/?highlight=softmax#pitfalls`)).toBe(`${ORIGIN}/questions/46/`);
  });
});

describe('pathsToSave', () => {
  it('lists the extra pages, then every question through the template', () => {
    expect(pathsToSave('/qa/en/questions/{n}/', [46, 47], ['/qa/en/', '/qa/en/search/'])).toEqual([
      '/qa/en/',
      '/qa/en/search/',
      '/qa/en/questions/46/',
      '/qa/en/questions/47/',
    ]);
  });
  it('builds the same paths as the site for every language', () => {
    for (const lang of LANGS) {
      expect(pathsToSave(withBase(questionPathTemplate(lang), '/qa/'), [46], [])).toEqual([withBase(questionPathTemplate(lang).replace('{n}', '46'), '/qa/')]);
    }
  });
});

describe('the worker configuration', () => {
  it('has an offline page for every language, at the path the site builds it, the root language last', () => {
    const fallbacks = offlineFallbacks();
    expect(fallbacks.map((f) => `/${f.file.replace(/index\.html$/, '')}`).sort()).toEqual(LANGS.map(offlinePath).sort());
    expect(fallbacks.at(-1)!.prefix).toBe('');
  });
  it('precaches every offline page, and matches no base: the worker works under any sub-path', () => {
    for (const { file } of offlineFallbacks()) expect(PRECACHE_GLOBS).toContain(file);
    for (const glob of PRECACHE_GLOBS) expect(glob.startsWith('/')).toBe(false);
    const options = workerOptions('/site', 'sw-offline.x.js');
    expect(options.skipWaiting).toBe(false);
    expect(JSON.stringify(options)).not.toContain('localhost');
  });
  it('routes each language\'s navigations to its own offline page, by the worker\'s scope', () => {
    const routes = workerOptions('/site', 'sw-offline.x.js').runtimeCaching!;
    const match = (href: string, mode: string) => {
      const scope = 'https://example.org/qa/';
      const globals = globalThis as { self?: unknown };
      const saved = globals.self;
      globals.self = { registration: { scope } };
      try {
        const i = routes.findIndex((r) => (r.urlPattern as (c: { request: { mode: string }; url: URL }) => boolean)({ request: { mode }, url: new URL(href) }));
        return i < 0 ? null : (routes[i]!.options as { precacheFallback: { fallbackURL: string } }).precacheFallback.fallbackURL;
      } finally {
        globals.self = saved;
      }
    };
    expect(match('https://example.org/qa/en/questions/46/', 'navigate')).toBe('en/offline/index.html');
    expect(match('https://example.org/qa/questions/46/', 'navigate')).toBe('offline/index.html');
    // A base that happens to look like a language prefix is still the root language.
    expect(match('https://example.org/qa/english/', 'navigate')).toBe('offline/index.html');
    // Only navigations: a page's fetch of HTML (as "save all" does) is not routed.
    expect(match('https://example.org/qa/questions/46/', 'cors')).toBeNull();
  });
});
