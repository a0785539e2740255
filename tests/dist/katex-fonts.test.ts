import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import subsetFont from 'subset-font';
import { htmlFiles } from '../../src/integrations/link-check';
import { katexCharacters } from '../../src/lib/katex-characters';
import { DIST, requireDist } from '../helpers/dist';

/**
 * The KaTeX fonts are cut down at build time to the characters the pages use. A formula
 * must never lose a glyph to that: for each shipped woff2, the glyphs it has for the
 * characters the built pages draw must be exactly those the full KaTeX font has.
 */
requireDist();
const assets = join(DIST, '_astro');
const fonts = readdirSync(assets).filter((n) => /^KaTeX_.*\.woff2$/.test(n));
const katexFonts = join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist', 'fonts');
const used = new Set<string>();
for (const file of htmlFiles(DIST)) for (const c of katexCharacters(readFileSync(file, 'utf8'))) used.add(c);
const text = [...used].join('');

/** Glyphs in an sfnt font: the numGlyphs field of its 'maxp' table. */
function numGlyphs(sfnt: Buffer): number {
  const tables = sfnt.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    if (sfnt.toString('latin1', record, record + 4) === 'maxp') return sfnt.readUInt16BE(sfnt.readUInt32BE(record + 8) + 4);
  }
  throw new Error('no maxp table');
}
const glyphsFor = async (font: Buffer) => numGlyphs(await subsetFont(font, text, { targetFormat: 'sfnt' }));

describe('KaTeX font subsets', () => {
  it('exist for the fonts the stylesheet names, and are smaller than the originals', () => {
    expect(fonts.length).toBeGreaterThanOrEqual(10);
    const css = readdirSync(assets).filter((n) => n.endsWith('.css')).map((n) => readFileSync(join(assets, n), 'utf8')).join('\n');
    for (const f of fonts) expect(css, f).toContain(f);
    const main = fonts.find((f) => f.startsWith('KaTeX_Main-Regular.'))!;
    expect(readFileSync(join(assets, main)).length).toBeLessThan(readFileSync(join(katexFonts, 'KaTeX_Main-Regular.woff2')).length);
  });

  it.each(fonts)('%s has every glyph the pages draw that KaTeX has', async (name) => {
    const original = readFileSync(join(katexFonts, name.replace(/\.[^.]+\.woff2$/, '.woff2')));
    const shipped = readFileSync(join(assets, name));
    expect(await glyphsFor(shipped)).toBe(await glyphsFor(original));
  });
});
