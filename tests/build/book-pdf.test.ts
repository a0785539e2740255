import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/locales';
import { checkDist } from '../../src/integrations/link-check';
import { bookPdfPath, bookPath, questionPath } from '../../src/lib/urls';
import { contentNumbers, DIST, requireDist, ROOT } from '../helpers/dist';
import { buildFixture, GOOD_FIXTURE, type FixtureBuild } from '../helpers/fixture-build';
import { linksOn, readPdf } from '../helpers/pdf';

/**
 * The book's PDF from a smaller series, printed under a sub-path as on GitHub Pages:
 * fewer questions give fewer pages, and the PDF's links to the site carry the sub-path.
 * The small book is also where the book page is validated as HTML whole.
 */
const BASE = '/transformer-qa/';
const SITE = 'https://example.org';
let build: FixtureBuild;

beforeAll(() => {
  requireDist();
  build = buildFixture({}, { BOOK_PDF: '1', BASE_PATH: BASE, SITE_URL: SITE });
  if (!build.ok) throw new Error(`fixture build with BOOK_PDF=1 failed:\n${build.output.slice(-4000)}`);
  // dist/ may need building first, and builds take turns.
}, 600_000);
afterAll(() => build?.cleanup());

describe(`the book printed from a ${contentNumbers('zh', GOOD_FIXTURE).length}-question fixture under ${BASE}`, () => {
  it('links and anchors resolve under the sub-path, the PDFs included', () => {
    expect(checkDist(build.outDir, BASE, SITE)).toEqual([]);
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect(home).toContain(`href="${BASE}${bookPdfPath('zh').slice(1)}"`);
    expect(home).toContain(`href="${BASE}${bookPath('zh').slice(1)}"`);
  });

  it('has fewer pages than the full series, and links each chapter to its page on the site', async () => {
    const small = await readPdf(join(build.outDir, bookPdfPath('zh')));
    const full = await readPdf(join(DIST, bookPdfPath('zh')));
    expect(contentNumbers('zh', GOOD_FIXTURE).length).toBeLessThan(contentNumbers('zh').length);
    expect(small.pages).toBeLessThan(full.pages);
    const urls = (await Promise.all([...Array(small.pages).keys()].map((i) => linksOn(small.doc, i + 1)))).flat().map((l) => l.url);
    for (const n of contentNumbers('zh', GOOD_FIXTURE)) expect(urls).toContain(`${SITE}${BASE}${questionPath('zh', n).slice(1)}`);
    await Promise.all([small.doc.loadingTask.destroy(), full.doc.loadingTask.destroy()]);
  });

  it('the book pages are valid HTML', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));
    for (const lang of LANGS) {
      const report = await validator.validateString(readFileSync(join(build.outDir, bookPath(lang), 'index.html'), 'utf8'));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)), lang).toEqual([]);
    }
  });

  it('prints both languages', () => {
    expect(existsSync(join(build.outDir, bookPdfPath('en')))).toBe(true);
  });
});
