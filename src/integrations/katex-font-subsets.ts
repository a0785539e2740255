import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { katexCharacters } from '../lib/katex-characters';
import { htmlFiles } from './link-check';
import { normalizeBase } from '../lib/urls';

/**
 * KaTeX ships fonts with every glyph of TeX's repertoire; the answers use a few hundred
 * characters. After the build, every KaTeX woff2 is cut down to the characters the
 * built pages draw with KaTeX (hb-subset, through subset-font), renamed by its new
 * content hash so no cache keeps a stale cut, and the stylesheets are pointed at it.
 * The woff and ttf fallbacks, fetched only by browsers without woff2, stay whole.
 */
export function katexFontSubsets(): AstroIntegration {
  let base = '/';
  return {
    name: 'qa-katex-font-subsets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const chars = new Set<string>();
        for (const file of htmlFiles(out)) for (const c of katexCharacters(readFileSync(file, 'utf8'))) chars.add(c);
        const text = [...chars].join('');
        const assets = join(out, '_astro');
        const renames = new Map<string, string>();
        let before = 0;
        let after = 0;
        for (const name of readdirSync(assets).filter((n) => /^KaTeX_.*\.woff2$/.test(n))) {
          const original = readFileSync(join(assets, name));
          const subset = await subsetFont(original, text, { targetFormat: 'woff2' });
          const hash = createHash('sha256').update(subset).digest('base64url').slice(0, 8);
          const renamed = name.replace(/\.[^.]+\.woff2$/, `.${hash}.woff2`);
          writeFileSync(join(assets, renamed), subset);
          if (renamed !== name) rmSync(join(assets, name));
          renames.set(name, renamed);
          before += original.length;
          after += subset.length;
        }
        for (const css of readdirSync(assets).filter((n) => n.endsWith('.css'))) {
          const path = join(assets, css);
          let source = readFileSync(path, 'utf8');
          for (const [from, to] of renames) source = source.split(from).join(to);
          writeFileSync(path, source);
        }
        // Pages with math fetch the two faces nearly every formula uses from the start, so
        // formulas are laid out once, in their own fonts, rather than reflowing when they arrive.
        const preload = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic']
          .map((face) => [...renames.values()].find((n) => n.startsWith(`${face}.`)))
          .filter((n) => n !== undefined)
          .map((n) => `<link rel="preload" href="${base}_astro/${n}" as="font" type="font/woff2" crossorigin>`)
          .join('');
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          if (html.includes('class="katex"')) writeFileSync(file, html.replace('</head>', `${preload}</head>`));
        }
        logger.info(`KaTeX woff2 fonts cut to the ${chars.size} characters the pages use: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB`);
      },
    },
  };
}
