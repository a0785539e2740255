import sharp from 'sharp';
import satori from 'satori';
import { runsText, scriptRuns, type Run } from '../lib/script-runs';
import { fitRuns, lineCount, SCRIPT_SCALE } from '../lib/text-fit';
import { fontsFor, type CardFonts } from './fonts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const TEXT_WIDTH = CARD_WIDTH - 2 * 72;

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
export const cardText = (text: CardText) => [text.site, text.label, runsText(scriptRuns(text.title)), runsText(scriptRuns(text.summary)), '…', ...text.tags].join('');

/** Text with real sub- and superscripts: smaller inline spans, shifted off the baseline. */
function inline(runs: Run[]): (Node | string)[] {
  return runs.map((r) =>
    r.script ? h('span', { fontSize: `${SCRIPT_SCALE}em`, verticalAlign: r.script === 'sub' ? '-0.25em' : '0.45em' }, r.text) : r.text,
  );
}

// Vertical budget for the title and the summary: the card's height less its border,
// padding, the header line, the tag row and the gaps between them.
const TEXT_HEIGHT = 350;
const SUMMARY_SIZE = 31;
const SUMMARY_LINE = SUMMARY_SIZE * 1.5;

/** The largest title size that fits in two lines (or three at the smallest), and the summary in what is left. */
export function cardLayout(title: Run[], summary: Run[]) {
  const sizes = [56, 50, 44];
  const titleSize = sizes.find((s) => lineCount(title, TEXT_WIDTH, s) <= 2) ?? sizes[sizes.length - 1]!;
  const fittedTitle = fitRuns(title, TEXT_WIDTH, titleSize, 3);
  const titleLines = lineCount(fittedTitle.runs, TEXT_WIDTH, titleSize);
  const summaryLines = Math.max(1, Math.floor((TEXT_HEIGHT - titleLines * titleSize * 1.3) / SUMMARY_LINE));
  return { titleSize, title: fittedTitle.runs, summary: fitRuns(summary, TEXT_WIDTH, SUMMARY_SIZE, summaryLines).runs, summaryLines };
}

/**
 * A link-preview card: site name, question number, the question and its short answer.
 * `faces` defaults to the fonts this card needs; a build passes one set for all its
 * cards, because Satori parses a font set once per array object, and parsing per
 * card cost ten times the drawing.
 */
export async function renderCard(text: CardText, faces: CardFonts = fontsFor(cardText(text))): Promise<Buffer> {
  const { fonts, family } = faces;
  const fit = cardLayout(scriptRuns(text.title), scriptRuns(text.summary));
  const tree = h(
    'div',
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: '56px 72px 52px',
      background: '#fbfbf9',
      color: '#1c2024',
      fontFamily: family,
      borderTop: '16px solid #0a58a8',
    },
    h('div', { display: 'flex', fontSize: 30, color: '#555d66' }, `${text.site} · ${text.label}`),
    h('div', { display: 'block', width: TEXT_WIDTH, marginTop: 24, fontSize: fit.titleSize, fontWeight: 700, lineHeight: 1.3 }, ...inline(fit.title)),
    h('div', { display: 'block', width: TEXT_WIDTH, marginTop: 20, fontSize: SUMMARY_SIZE, lineHeight: 1.5, color: '#333a42' }, ...inline(fit.summary)),
    // The tags sit in the flow below the text, so the two can never overlap.
    h('div', { display: 'flex', flexGrow: 1, minHeight: 24 }),
    h(
      'div',
      { display: 'flex', gap: 14 },
      ...text.tags.map((tag) =>
        h('div', { display: 'flex', fontSize: 26, padding: '6px 20px', borderRadius: 999, background: '#e6eef8', color: '#0a58a8' }, tag),
      ),
    ),
  );
  const svg = await satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // librsvg through sharp: about twice as fast as resvg-js here, and Astro already ships sharp.
  return sharp(Buffer.from(svg)).png().toBuffer();
}
