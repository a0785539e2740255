import { describe, expect, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { FIGURE_ID, figureUses } from '../../src/lib/figures';
import { questionPath } from '../../src/lib/urls';
import { LANGS } from '../../src/lib/locales';
import { readPage, requireDist } from '../helpers/dist';
import { readQuestions } from '../helpers/content';
import { parse } from '../helpers/html';

/**
 * Every figure on every built question page: rendered where the MDX asks for it,
 * named and described for assistive technology, labelled with text (not paths), and
 * nothing in it that the strict CSP or a second figure on the page would trip over.
 */
requireDist();

const questions = LANGS.flatMap((lang) => readQuestions(lang).map((q) => ({ path: questionPath(lang, q.data.number), uses: figureUses(q.body) })));
const withFigures = questions.filter((q) => q.uses.length > 0);

const within = (el: Element, pred: (e: Element) => boolean) => DomUtils.findAll(pred, el.children);

describe('figures in the built pages', () => {
  it('there are figures to check', () => {
    expect(withFigures.length).toBeGreaterThan(1);
  });

  it.each(withFigures.map((q) => [q.path, q] as const))('%s: each figure is rendered, captioned, described and drawn in text', (_, { path, uses }) => {
    const doc = parse(readPage(path));
    const figures = doc.all((el) => el.name === 'figure' && (el.attribs.class ?? '').split(' ').includes('figure'));
    expect(figures.map((f) => f.attribs.id)).toEqual(uses.map((u) => u.id));
    for (const figure of figures) {
      const id = figure.attribs.id!;
      expect(id).toMatch(FIGURE_ID);
      const caption = doc.one((el) => el.attribs.id === `${id}-caption`);
      const alt = doc.one((el) => el.attribs.id === `${id}-alt`);
      expect(caption?.name, `${id}: caption`).toBe('figcaption');
      expect(doc.text(caption).length, `${id}: caption text`).toBeGreaterThan(10);
      expect(doc.text(alt).length, `${id}: text alternative`).toBeGreaterThan(20);
      const [box] = within(figure, (el) => el.attribs.role === 'img');
      expect(box, `${id}: one image box`).toBeDefined();
      expect(box!.attribs['aria-labelledby']).toBe(`${id}-caption`);
      expect(box!.attribs['aria-describedby']).toBe(`${id}-alt`);
      const svgs = within(box!, (el) => el.name === 'svg');
      expect(svgs.length, `${id}: SVG`).toBeGreaterThan(0);
      for (const svg of svgs) {
        expect(svg.attribs.viewBox ?? svg.attribs.viewbox, `${id}: scalable`).toMatch(/^0 0 \d/);
        const texts = within(svg, (el) => el.name === 'text' && DomUtils.textContent(el).trim() !== '');
        expect(texts.length, `${id}: labels are text`).toBeGreaterThan(0);
        // Ids inside a drawing would clash with a second copy; raster images ignore the theme.
        expect(within(svg, (el) => el.attribs.id !== undefined).map((el) => el.attribs.id), `${id}: ids inside`).toEqual([]);
        expect(within(svg, (el) => el.name === 'image' || el.name === 'foreignobject').length, `${id}: raster or HTML inside`).toBe(0);
        expect(within(svg, (el) => el.name === 'style' || el.attribs.style !== undefined).length, `${id}: inline styles`).toBe(0);
      }
    }
  });
});
