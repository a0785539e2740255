import sharp from 'sharp';
import satori from 'satori';
import { plainScripts } from '../lib/plain-scripts';
import { fontsFor, type CardFonts } from './fonts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const TEXT_WIDTH = CARD_WIDTH - 2 * 72;

/** Long short answers are cut at a character boundary with an ellipsis so the card never overflows. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export interface CardText {
  site: string;
  label: string;
  title: string;
  summary: string;
  tags: string[];
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } });

/** Every character a card draws. */
export const cardText = (text: CardText) => [text.site, text.label, text.title, text.summary, ...text.tags].join('');

/**
 * A link-preview card: site name, question number, the question and its short answer.
 * `faces` defaults to the fonts this card needs; a build passes one set for all its
 * cards, because Satori parses a font set once per array object, and parsing per
 * card cost ten times the drawing.
 */
export async function renderCard(original: CardText, faces: CardFonts = fontsFor(cardText(original))): Promise<Buffer> {
  const text = { ...original, title: plainScripts(original.title), summary: plainScripts(original.summary) };
  const { fonts, family } = faces;
  const tree = h(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      padding: '64px 72px',
      position: 'relative',
      background: '#fbfbf9',
      color: '#1c2024',
      fontFamily: family,
      borderTop: '16px solid #0a58a8',
    },
    h('div', { display: 'flex', fontSize: 30, color: '#555d66' }, `${text.site} · ${text.label}`),
    h('div', { display: 'flex', width: TEXT_WIDTH, marginTop: 28, fontSize: 56, fontWeight: 700, lineHeight: 1.3 }, text.title),
    h('div', { display: 'flex', width: TEXT_WIDTH, marginTop: 28, fontSize: 31, lineHeight: 1.55, color: '#333a42' }, clip(text.summary, 150)),
    h(
      'div',
      { display: 'flex', position: 'absolute', left: 72, top: CARD_HEIGHT - 110, gap: 14 },
      ...text.tags.map((tag) =>
        h('div', { display: 'flex', fontSize: 26, padding: '6px 20px', borderRadius: 999, background: '#e6eef8', color: '#0a58a8' }, tag),
      ),
    ),
  );
  const svg = await satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // librsvg through sharp: about twice as fast as resvg-js here, and Astro already ships sharp.
  return sharp(Buffer.from(svg)).png().toBuffer();
}
