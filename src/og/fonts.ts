import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { facesFor, parseUnicodeRange, type Face } from '../lib/unicode-range';

const require = createRequire(import.meta.url);
const pkg = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

/** Noto Sans SC is cut into ~100 unicode-range subsets; read their list from the package's CSS. */
function faces(weight: 400 | 700): Face<string>[] {
  const css = readFileSync(join(pkg, `${weight}.css`), 'utf8');
  return [...css.matchAll(/url\(\.\/(files\/[^)]+\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g)].map((m) => ({
    file: join(pkg, m[1]!),
    ranges: parseUnicodeRange(m[2]!),
  }));
}

const FACES = { 400: faces(400), 700: faces(700) };
const cache = new Map<string, Buffer>();

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/**
 * Only the subset files that `text` needs, so each card parses a handful of fonts.
 * Each subset gets a family name of its own (its file's subset number): Satori
 * falls back glyph by glyph across the families listed in `font-family`, not
 * across faces that share a name. `family` is that list.
 */
export interface CardFonts {
  fonts: SatoriFont[];
  family: string;
}

export function fontsFor(text: string): CardFonts {
  const fonts = ([400, 700] as const).flatMap((weight) =>
    facesFor(text, FACES[weight]).map((face) => {
      let data = cache.get(face.file);
      if (!data) cache.set(face.file, (data = readFileSync(face.file)));
      return { name: `sc-${/-(\w+)-\d00-normal/.exec(face.file)![1]}`, data, weight, style: 'normal' as const };
    }),
  );
  return { fonts, family: [...new Set(fonts.map((f) => f.name))].join(', ') };
}
