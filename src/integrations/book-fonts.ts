import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { BOOK_MONO, BOOK_SANS, type FontFace } from '../lib/book-css';
import { covers, parseUnicodeRange, type Face } from '../lib/unicode-range';

const require = createRequire(import.meta.url);
const notoSansSc = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const katexFonts = join(dirname(require.resolve('katex/package.json')), 'dist', 'fonts');

/** Noto Sans SC comes cut into ~100 unicode-range files; their list is in the package's CSS. */
function notoFaces(weight: 400 | 700): Face<string>[] {
  const css = readFileSync(join(notoSansSc, `${weight}.css`), 'utf8');
  return [...css.matchAll(/url\(\.\/(files\/[^)]+\.woff2)\) format\('woff2'\)[^;]*;\s*unicode-range:\s*([^;]+);/g)].map((m) => ({
    file: join(notoSansSc, m[1]!),
    ranges: parseUnicodeRange(m[2]!),
  }));
}

/** Each character goes to the first file that covers it, as a browser would pick. */
function assign(chars: Iterable<string>, faces: readonly Face<string>[]): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const c of chars) {
    const face = faces.find((f) => covers(f.ranges, c.codePointAt(0)!));
    if (face) byFile.set(face.file, [...(byFile.get(face.file) ?? []), c]);
  }
  return byFile;
}

/**
 * Writes the book's fonts into `dir`/fonts, each cut to the characters the book draws
 * with it (hb-subset, through subset-font) and named by its content hash, and returns
 * their @font-face descriptions with URLs relative to `dir`: Noto Sans SC regular for all
 * text, bold, and KaTeX's typewriter face for code.
 */
export async function writeBookFonts(chars: Set<string>, dir: string): Promise<FontFace[]> {
  const out = join(dir, 'fonts');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const write = async (source: string, text: string[], name: string) => {
    const data = await subsetFont(readFileSync(source), text.join(''), { targetFormat: 'woff2' });
    const file = `${name}.${createHash('sha256').update(data).digest('base64url').slice(0, 8)}.woff2`;
    writeFileSync(join(out, file), data);
    return `fonts/${file}`;
  };
  const faces: FontFace[] = [];
  // The bold face has every character too: a browser fakes bold for one it lacks, and a
  // PDF draws fake bold as outlines rather than text. Readers fetch only what they draw.
  for (const weight of [400, 700] as const) {
    for (const [source, subset] of assign(chars, notoFaces(weight))) {
      const chunk = /noto-sans-sc-([\w-]+?)-\d00-normal/.exec(source)![1];
      faces.push({ family: BOOK_SANS, weight, url: await write(source, subset, `sans-${weight}-${chunk}`), chars: subset });
    }
  }
  // The typewriter face has printable ASCII (all of it the book uses: code is not only in
  // <code>); code's other characters fall back to the sans.
  const ascii = [...chars].filter((c) => c >= ' ' && c <= '~');
  if (ascii.length > 0) faces.push({ family: BOOK_MONO, weight: 400, url: await write(join(katexFonts, 'KaTeX_Typewriter-Regular.woff2'), ascii, 'mono-400'), chars: ascii });
  return faces;
}
