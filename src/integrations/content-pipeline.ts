import type { AstroIntegration } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_STYLES_PATH, StyleRegistry } from '../lib/style-classes';
import { remarkBaseLinks } from '../markdown/remark-base-links';
import { rehypeFailOnMathErrors } from '../markdown/rehype-fail-on-math-errors';
import { rehypeMathSearchText } from '../markdown/rehype-math-search-text';
import { rehypeQuestionSections } from '../markdown/rehype-question-sections';
import { rehypeCopyCode } from '../markdown/rehype-copy-code';
import { rehypeSearchWeights } from '../markdown/rehype-search-weights';
import { rehypeStylesToClasses } from '../markdown/rehype-styles-to-classes';

/**
 * The Markdown plumbing, in one place: the remark/rehype chain, configured from
 * Astro's resolved settings (so `base` from the config, `--base` or BASE_PATH all
 * agree), the stylesheet of classes that replaced KaTeX's and Shiki's inline styles
 * (written at the end of the build, served live in `astro dev`), and the cache folder
 * the link-preview cards are kept in.
 */
export function contentPipeline(): AstroIntegration {
  const registry = new StyleRegistry();
  return {
    name: 'qa-content-pipeline',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          markdown: {
            processor: unified({
              remarkPlugins: [remarkMath, [remarkBaseLinks, { base: config.base }]],
              rehypePlugins: [
                // strict: a formula KaTeX only half-understands (e.g. Chinese outside \text) is an error too.
                [rehypeKatex, { strict: 'error', output: 'htmlAndMathml' }],
                rehypeFailOnMathErrors,
                rehypeMathSearchText,
                rehypeQuestionSections,
                rehypeCopyCode,
                rehypeSearchWeights,
                // Last: KaTeX's and Shiki's style attributes become classes (strict CSP).
                [rehypeStylesToClasses, { registry }],
              ],
            }),
            shikiConfig: {
              // The -default variants: their comment colours pass WCAG AA contrast.
              themes: { light: 'github-light-default', dark: 'github-dark-default' },
            },
          },
          vite: {
            // The card route runs inside the build's bundle: it learns the cache folder here.
            // Cards are cached by their text, so builds of other content (the tests'
            // fixtures) may share one folder: QA_CARD_CACHE_DIR.
            define: {
              'import.meta.env.QA_CARD_CACHE': JSON.stringify(process.env.QA_CARD_CACHE_DIR ?? fileURLToPath(new URL('og-cards/', config.cacheDir))),
            },
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (!req.url?.endsWith(CONTENT_STYLES_PATH)) return next();
          res.setHeader('content-type', 'text/css; charset=utf-8');
          res.end(registry.css());
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const file = join(fileURLToPath(dir), CONTENT_STYLES_PATH);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, registry.css());
        logger.info(`${registry.size} inline styles moved to ${CONTENT_STYLES_PATH}`);
      },
    },
  };
}
