import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteBookIds } from '../lib/book-ids';
import { bookCharacters, fontFaceRule, pageRules } from '../lib/book-css';
import { bookPdfWanted, formatFileSize, PDF_SIZE_TOKEN } from '../lib/book';
import { htmlLang, t } from '../lib/i18n';
import { langOfPath, LANGS } from '../lib/locales';
import { bookPath, bookPdfPath, bookStylesPath, normalizeBase, questionPath, withBase } from '../lib/urls';
import { htmlFiles, sitePathOf } from './link-check';
import { writeBookFonts } from './book-fonts';
import { printBooks } from './book-pdf';

/**
 * Finishes the book pages after the build: unique ids across the chapters (lib/book-ids),
 * the book's stylesheet with its fonts cut to the characters it draws (lib/book-css), and,
 * when the build asks for it (BOOK_PDF=1, lib/book), the PDF of each language and its
 * size in every page's link to it. Runs before the link check, which then sees all of it.
 */
export function book(): AstroIntegration {
  let base = '/';
  let origin = '';
  return {
    name: 'qa-book',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
        origin = new URL(config.site ?? 'http://localhost:4321').origin;
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
        if (!bookPdfWanted(process.env)) return;

        const started = Date.now();
        const prints = LANGS.map((lang) => ({ lang, page: bookPath(lang), pdf: at(bookPdfPath(lang)) }));
        for (const p of prints) mkdirSync(dirname(p.pdf), { recursive: true });
        await printBooks(out, origin, base, prints);
        const sizes = new Map(prints.map((p) => [p.lang, formatFileSize(statSync(p.pdf).size, htmlLang(p.lang))]));
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          if (html.includes(PDF_SIZE_TOKEN)) writeFileSync(file, html.split(PDF_SIZE_TOKEN).join(sizes.get(langOfPath(sitePathOf(out, file)))!));
        }
        logger.info(`book PDFs printed in ${((Date.now() - started) / 1000).toFixed(0)} s: ${prints.map((p) => `${bookPdfPath(p.lang)} (${sizes.get(p.lang)})`).join(', ')}`);
      },
    },
  };
}
