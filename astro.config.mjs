// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { linkCheck } from './src/integrations/link-check';
import { contentPipeline } from './src/integrations/content-pipeline';
import { securityHeaders } from './src/integrations/security-headers';
import { deployWarnings } from './src/integrations/deploy-warnings';
import { notFoundPages } from './src/integrations/not-found-pages';
import { katexFontSubsets } from './src/integrations/katex-font-subsets';
import { searchWords } from './src/integrations/search-words';
import { leanDynamicImports } from './src/integrations/lean-dynamic-imports';
import { book } from './src/integrations/book';
import { DEFAULT_LANG, LANGS, LOCALES } from './src/lib/locales';

// Deploy-time settings: the public origin (for canonical URLs) and the sub-path the
// site is served under. Both default to a local preview.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // Fixture builds in the tests get a cache of their own so they never read stale content.
  cacheDir: process.env.QA_CACHE_DIR ?? './node_modules/.astro',
  site,
  base,
  trailingSlash: 'always',
  // The default language needs no prefix (src/lib/locales.ts).
  i18n: {
    defaultLocale: DEFAULT_LANG,
    locales: [...LANGS],
    routing: { prefixDefaultLocale: false },
  },
  build: {
    format: 'directory',
    // Link-preview cards are drawn by sharp on libuv's threads: a few pages in flight
    // keep the second core busy while the main thread renders the next page.
    concurrency: 4,
    // External files only: a strict Content-Security-Policy forbids inline styles.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [leanDynamicImports()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // The script every page runs at load is one file, with what it imports
              // (the dynamic-import helper, the storage keys the lazy tools share).
              codeSplitting: { groups: [{ name: 'boot', test: /[\\/]layouts[\\/]Base\.astro\?astro&type=script/, includeDependenciesRecursively: true }] },
            },
          },
        },
      },
    },
    // No inlined assets and no module-preload helper (leanDynamicImports): every script is a file of its own.
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Known Astro 7 bug (withastro/astro#18087): a harmless warning per MDX file.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // contentPipeline before linkCheck: the stylesheet must exist when links are checked.
  integrations: [
    mdx(),
    sitemap({
      // Pages marked noindex stay out of the sitemap.
      filter: (page) => !/\/(404|search|review|offline)\/?$/.test(new URL(page).pathname),
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LOCALES.map((l) => [l.code, l.htmlLang])) },
    }),
    deployWarnings(process.env.SITE_URL),
    contentPipeline(),
    securityHeaders(),
    katexFontSubsets(),
    searchWords(),
    // After the KaTeX fonts, which the printed book uses; before the link check, which must see the book's ids and PDFs.
    book(),
    // Before the link check, which must see the 404 pages where hosts look for them.
    notFoundPages(),
    linkCheck(),
  ],
});
