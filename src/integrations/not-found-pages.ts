import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../lib/urls';
import { appendFileSync, existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../lib/locales';

/**
 * Astro writes only the default language's 404 as `/404.html`; a prefixed language's
 * page comes out as `/<prefix>/404/index.html`, which no host serves for a missing
 * address. This moves it to `/<prefix>/404.html` (Cloudflare Pages serves the nearest
 * such file; nginx per the README) and adds the Netlify rule for it to `_redirects`.
 */
export function notFoundPages(): AstroIntegration {
  let base = '/';
  return {
    name: 'qa-not-found-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const rules: string[] = [];
        for (const { prefix } of LOCALES) {
          if (!prefix) continue;
          const built = join(out, prefix, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(out, prefix, '404.html'));
          rmdirSync(join(out, prefix, '404'));
          rules.push(`${base}${prefix}/*  ${base}${prefix}/404.html  404`);
        }
        if (rules.length) appendFileSync(join(out, '_redirects'), `${rules.join('\n')}\n`);
      },
    },
  };
}
