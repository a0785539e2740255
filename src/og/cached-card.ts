import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCard, type CardText } from './card';
import type { CardFonts } from './fonts';

/** Bump when the card's design changes, so cached images are drawn again. */
const DESIGN_VERSION = 5;
// Under Astro's cacheDir (set by the content pipeline integration).
const dir: string = import.meta.env.QA_CARD_CACHE;

/**
 * Drawing a card costs a few hundred milliseconds, so each is kept on disk under
 * the hash of its text: a rebuild draws only the cards whose text changed.
 */
export async function cachedCard(text: CardText, faces?: CardFonts): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify([DESIGN_VERSION, text])).digest('hex').slice(0, 24);
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderCard(text, faces);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, png);
  return png;
}
