/**
 * The build's last step (after `astro build` and Pagefind, whose index it precaches):
 * writes the offline-reading service worker into the built site with Workbox.
 *
 *   node src/build/service-worker.ts [site folder, default dist]
 *
 * The worker holds no base path: Workbox resolves precache URLs against the worker's
 * own address, and the routes below compare with its scope, so one build works at `/`
 * and under any BASE_PATH without being told which.
 *
 * Runs under plain Node (type stripping): imports carry their `.ts` extension.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GenerateSWOptions } from 'workbox-build';
import { LOCALES } from '../lib/locales.ts';
import { OFFLINE_DIR, PAGES_CACHE, PAGES_STAGING_CACHE, WORKER_FILE } from '../lib/offline.ts';

/**
 * Each language's offline page as a precached file relative to the base, and the URL
 * prefix (relative to the base) of the pages it stands in for. Prefixed languages come
 * first: the worker tries its routes in order, and the default language's prefix ''
 * matches every page.
 */
export function offlineFallbacks(): { prefix: string; file: string }[] {
  return [...LOCALES]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .map(({ prefix }) => ({ prefix: prefix ? `${prefix}/` : '', file: `${prefix ? `${prefix}/` : ''}${OFFLINE_DIR}/index.html` }));
}

/**
 * What a first visit caches, relative to the site folder: the shell (styles, scripts,
 * the KaTeX fonts in the one format every browser that runs a worker reads), the search
 * (Pagefind's script, entry, WebAssembly, metadata, filters, index chunks and page
 * fragments, plus the typo vocabulary) and the offline pages. Pages themselves are cached
 * as they are opened or saved. Left out: Pagefind's unused UI bundles, the .woff/.ttf
 * font fallbacks, link-preview images, feeds.
 */
export const PRECACHE_GLOBS = [
  '_astro/**/*.{css,js,woff2}',
  '_qa/*.{css,json}',
  'favicon.svg',
  'practice-init.js',
  'pagefind/pagefind.js',
  'pagefind/pagefind-highlight.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/{index,filter,fragment}/*',
  ...offlineFallbacks().map((f) => f.file),
];

type UrlPattern = NonNullable<GenerateSWOptions['runtimeCaching']>[number]['urlPattern'];

/** The prefix of the worker's extension script; its name carries a hash of its content. */
const EXTENSION_PREFIX = 'sw-offline.';

/**
 * A route that matches page navigations under one language prefix (relative to the
 * worker's scope). Workbox copies a matcher into the worker as source text, so the
 * prefix has to be in the text: hence a function built from a string.
 */
function navigationsUnder(prefix: string): UrlPattern {
  return new Function('{ request, url }', `return request.mode === 'navigate' && url.href.startsWith(self.registration.scope + ${JSON.stringify(prefix)});`) as UrlPattern;
}

/**
 * Runs inside the worker, copied in as source text (no closures, no imports). Saved pages
 * must keep working after a deploy, when the old styles and scripts leave the precache:
 * a new worker fetches every saved page again while it installs (into a staging cache,
 * since the old worker still serves the old assets) and swaps them in when it takes over.
 * When it takes over it also saves the pages already open, which loaded before any worker.
 */
function workerExtension(pagesCache: string, stagingCache: string): void {
  const worker = self as any;
  const inScope = (url: string) => url.startsWith(worker.registration.scope);
  const fetchInto = async (cache: Cache, urls: string[]) => {
    const queue = [...urls];
    const next = async (): Promise<void> => {
      const url = queue.shift();
      if (!url) return;
      try {
        const response = await fetch(url, { cache: 'no-cache' });
        if (response.status === 200 && !response.redirected) await cache.put(url, response);
      } catch {
        // Offline or gone: the saved copy stays.
      }
      return next();
    };
    await Promise.all([1, 2, 3, 4, 5, 6].map(next));
  };
  worker.addEventListener('install', (event: any) => {
    event.waitUntil(
      (async () => {
        if (!(await caches.has(pagesCache))) return;
        const saved = (await (await caches.open(pagesCache)).keys()).map((r) => r.url).filter(inScope);
        await caches.delete(stagingCache);
        await fetchInto(await caches.open(stagingCache), saved);
      })(),
    );
  });
  worker.addEventListener('activate', (event: any) => {
    event.waitUntil(
      (async () => {
        const pages = await caches.open(pagesCache);
        if (await caches.has(stagingCache)) {
          const staging = await caches.open(stagingCache);
          for (const request of await staging.keys()) {
            const response = await staging.match(request);
            if (response) await pages.put(request, response);
          }
          await caches.delete(stagingCache);
        }
        const windows: { url: string }[] = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
        const open = windows.map((w) => {
          const u = new URL(w.url);
          u.search = '';
          u.hash = '';
          return u.href;
        });
        const missing: string[] = [];
        for (const url of open.filter(inScope)) if (!(await pages.match(url))) missing.push(url);
        await fetchInto(pages, missing);
      })(),
    );
  });
}

/** The Workbox configuration for a built site in `siteDir`, with the extension's file name. */
export function workerOptions(siteDir: string, extensionFile: string): GenerateSWOptions {
  return {
    globDirectory: siteDir,
    globPatterns: PRECACHE_GLOBS,
    swDest: join(siteDir, WORKER_FILE),
    importScripts: [extensionFile],
    // One file, minified, without a source map in the published folder.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // A new worker waits until the reader chooses to reload (the update prompt posts
    // SKIP_WAITING); the first one takes the open page over at once, so it is cached.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Pagefind fetches its entry with `?ts=<time>` to get past HTTP caches.
    ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^fbclid$/],
    runtimeCaching: offlineFallbacks().map(({ prefix, file }) => ({
      urlPattern: navigationsUnder(prefix),
      // Network first: an online reader always gets the current page; the saved copy
      // is for when the network fails, and the offline page for a page never saved.
      handler: 'NetworkFirst' as const,
      options: {
        cacheName: PAGES_CACHE,
        cacheableResponse: { statuses: [200] },
        precacheFallback: { fallbackURL: file },
        plugins: [
          {
            cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
              const u = new URL(request.url);
              u.search = '';
              return u.href;
            },
          },
        ],
      },
    })),
  };
}

/** Writes the extension (named by its hash, so a change to it changes sw.js too) and the worker. */
export async function writeWorker(siteDir: string): Promise<{ count: number; size: number; warnings: string[] }> {
  for (const f of readdirSync(siteDir)) if (f.startsWith(EXTENSION_PREFIX)) rmSync(join(siteDir, f));
  const source = `(${workerExtension.toString()})(${JSON.stringify(PAGES_CACHE)}, ${JSON.stringify(PAGES_STAGING_CACHE)});\n`;
  const extensionFile = `${EXTENSION_PREFIX}${createHash('sha256').update(source).digest('hex').slice(0, 10)}.js`;
  writeFileSync(join(siteDir, extensionFile), source);
  const { generateSW } = await import('workbox-build');
  return generateSW(workerOptions(siteDir, extensionFile));
}

if (import.meta.main) {
  const siteDir = resolve(process.argv[2] ?? 'dist');
  const { count, size, warnings } = await writeWorker(siteDir);
  // A warning is a precache pattern that matched nothing, e.g. a missing offline page:
  // the worker would be missing what it promises, so the build fails.
  for (const w of warnings) console.error(`service worker: ${w}`);
  if (warnings.length > 0) process.exit(1);
  console.log(`service worker: ${WORKER_FILE} precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
}
