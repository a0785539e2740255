import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles, sitePathOf } from './link-check';
import { buildSearchWords, indexedText } from '../lib/search-words';
import { LOCALES, langOfPath } from '../lib/locales';
import { searchWordsPath } from '../lib/urls';

/**
 * Writes each language's search vocabulary (lib/search-words.ts) next to the built
 * pages, from the same text Pagefind indexes: the search loads it lazily to tell a
 * word being typed from nonsense and to suggest a correction for a typo.
 */
export function searchWords(): AstroIntegration {
  return {
    name: 'qa-search-words',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const texts = new Map<string, string[]>(LOCALES.map((l) => [l.code, []]));
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          texts.get(langOfPath(sitePathOf(out, file)))?.push(indexedText(html));
        }
        for (const [lang, pages] of texts) {
          const vocab = buildSearchWords(pages);
          const file = join(out, searchWordsPath(lang as (typeof LOCALES)[number]['code']));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, JSON.stringify(vocab));
          logger.info(`${lang}: ${vocab.words.length} words and ${vocab.han.length} Han characters from ${pages.length} pages → ${searchWordsPath(lang as 'zh')}`);
        }
      },
    },
  };
}
