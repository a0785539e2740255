import { describe, expect, it } from 'vitest';
import { checkSectionOrder } from '../../src/lib/sections';
import { RELATED, shortAnswerProblem } from '../../src/lib/content-rules';
import { SECTION_IDS } from '../../src/lib/taxonomy';
import { readQuestions, sectionText } from '../helpers/content';
import { readdirSync } from 'node:fs';
import { figureProblem, figureUses, FIGURE_TAGS, needsFigure } from '../../src/lib/figures';

const DRAWINGS = readdirSync(new URL('../../src/figures/', import.meta.url)).filter((f) => f.endsWith('.astro')).map((f) => f.slice(0, -'.astro'.length));

/**
 * The content standard (shared/CONTENT.md) on the real questions: what the schema
 * cannot see, such as the length of the short answer or an empty reference list.
 */
const zh = readQuestions('zh');
const en = readQuestions('en');
const all = [...zh, ...en];
const name = (q: { file: string }) => q.file.split('/').slice(-2).join('/');

describe('the series', () => {
  it('has questions 46 to 60 in Chinese', () => {
    const numbers = zh.map((q) => q.data.number);
    for (let n = 46; n <= 60; n++) expect(numbers, `question ${n}`).toContain(n);
  });
});

describe.each(all.map((q) => [name(q), q] as const))('%s', (_, q) => {
  it('has every required section, in order', () => {
    expect(checkSectionOrder(q.sections)).toBeNull();
  });

  it('has a short answer of one to three sentences, of its language\'s length', () => {
    expect(shortAnswerProblem(q.data.short, q.lang)).toBeNull();
  });

  it('has at least one reference with a year', () => {
    const refs = sectionText(q, 'references').split('\n').filter((l) => /^\s*[-*\d]/.test(l));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref, ref).toMatch(/\b(19|20)\d{2}\b/);
  });

  it('has common mistakes and follow-up questions with content', () => {
    expect(sectionText(q, 'pitfalls').length).toBeGreaterThan(200);
    expect(sectionText(q, 'follow-ups').split('\n').filter((l) => /^\s*[-*\d]/.test(l)).length).toBeGreaterThanOrEqual(2);
  });

  it('points to two to four related questions that exist and point back', () => {
    const same = q.lang === 'zh' ? zh : en;
    expect(q.data.related.length).toBeGreaterThanOrEqual(RELATED.min);
    expect(q.data.related.length).toBeLessThanOrEqual(RELATED.max);
    for (const r of q.data.related) {
      const other = same.find((o) => o.data.number === r);
      expect(other, `related ${r}`).toBeDefined();
      expect(other!.data.related, `${r} should list ${q.data.number} back`).toContain(q.data.number);
    }
  });

  it(`has a figure if it is about ${FIGURE_TAGS.join(', ')}, and every figure is complete`, () => {
    const uses = figureUses(q.body);
    const tags = q.data.tags as string[];
    if (needsFigure(tags)) expect(uses.length, `tagged ${tags.join(', ')}: a reader would rather look than read`).toBeGreaterThan(0);
    for (const use of uses) expect(figureProblem(use, DRAWINGS), use.id).toBeNull();
    const ids = uses.map((u) => u.id);
    expect(new Set(ids).size, 'figure ids are unique').toBe(ids.length);
  });

  it('links only to section ids that exist', () => {
    for (const m of q.body.matchAll(/\]\((?:\/en)?\/questions\/\d+\/#([\w-]+)\)/g)) {
      expect(SECTION_IDS).toContain(m[1]);
    }
  });
});

describe('English edition', () => {
  it('every question exists in both languages', () => {
    expect(en.map((q) => q.data.number)).toEqual(zh.map((q) => q.data.number));
  });

  it.each(zh.map((q) => [q.data.number, q] as const))('question %i says the same thing in both languages', (n, z) => {
    const e = en.find((q) => q.data.number === n);
    expect(e, `content/questions/en/0${n}.mdx`).toBeDefined();
    expect(e!.sections).toEqual(z.sections);
    expect(e!.data.tags).toEqual(z.data.tags);
    expect(e!.data.difficulty).toEqual(z.data.difficulty);
    expect(e!.data.related).toEqual(z.data.related);
    // Same figures, same ids: a shared #fig-… link survives the language switch.
    const figures = (body: string) => figureUses(body).map((u) => `${u.id} ${u.draw}`);
    expect(figures(e!.body)).toEqual(figures(z.body));
    // Same math and code: count display formulas and code blocks.
    const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
    expect(count(e!.body, /^\$\$/gm)).toBe(count(z.body, /^\$\$/gm));
    expect(count(e!.body, /^```/gm)).toBe(count(z.body, /^```/gm));
    // A translation, not a summary: comparable length (English runs longer in characters).
    const text = (s: string) => s.replace(/\$\$[\s\S]*?\$\$|```[\s\S]*?```/g, '').length;
    expect(text(e!.body)).toBeGreaterThan(text(z.body) * 1.2);
  });
});
