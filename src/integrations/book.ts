import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteBookIds } from '../lib/book-ids';
import { bookCharacters, fontFaceRule, pageRules } from '../lib/book-css';
import { t } from '../lib/i18n';
import { LANGS } from '../lib/locales';
import { bookPath, bookStylesPath, normalizeBase, questionPath, withBase } from '../lib/urls';
import { writeBookFonts } from './book-fonts';

/**
 * Finishes the book pages after the build: unique ids across the chapters (lib/book-ids)
 * and the book's stylesheet with its fonts cut to the characters it draws (lib/book-css).
 * Runs before the link check, which then sees all of it.
 */
export function book(): AstroIntegration {
  let base = '/';
  return {
    name: 'qa-book',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      // `astro dev` has no built book to cut fonts for: its stylesheet has the page rules only.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const lang = LANGS.find((l) => req.url === withBase(bookStylesPath(l), base));
          if (!lang) return next();
          res.setHeader('content-type', 'text/css; charset=utf-8');
          res.end(pageRules(t(lang, 'siteTitle'), t(lang, 'bookEdition')));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const at = (sitePath: string) => join(out, sitePath);
        for (const lang of LANGS) {
          const page = join(at(bookPath(lang)), 'index.html');
          const html = rewriteBookIds(readFileSync(page, 'utf8'), (n) => withBase(questionPath(lang, n), base));
          writeFileSync(page, html);
          const title = t(lang, 'siteTitle');
          const edition = t(lang, 'bookEdition');
          const stylesheet = at(bookStylesPath(lang));
          const faces = await writeBookFonts(bookCharacters(html, `${title}${edition}0123456789/`), dirname(stylesheet));
          writeFileSync(stylesheet, [...faces.map(fontFaceRule), pageRules(title, edition)].join('\n') + '\n');
          logger.info(`${bookPath(lang)}: ${faces.length} font files cut to the characters it draws`);
        }
      },
    },
  };
}
