import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, type FixtureBuild } from '../helpers/fixture-build';
import { ROOT } from '../helpers/dist';

/**
 * Each case starts from the small good fixture (questions 46, 47, 49), breaks one
 * thing, and expects `astro build` to fail with a message that names the file and
 * the problem.
 */
let build: FixtureBuild | undefined;
afterEach(() => build?.cleanup());

const replace = (from: string | RegExp, to: string) => (s: string) => {
  const out = s.replace(from, to);
  if (out === s) throw new Error(`fixture edit did not apply: ${from}`);
  return out;
};

describe('bad content fails the build', { timeout: 180_000 }, () => {
  it('the unchanged fixture builds (so the failures below are caused by the edits)', () => {
    build = buildFixture({});
    expect(build.output).toContain('every internal link and #anchor resolves');
    expect(build.ok).toBe(true);
    // Built without SITE_URL, as a fixture is: the build says loudly where its URLs point.
    expect(build.output).toMatch(/WARN.*SITE_URL is not set: canonical URLs, the sitemap, the RSS feeds/);
  });

  // The schema and the cross-file rules are unit-tested (tests/unit/question-schema.test.ts,
  // content-rules, series, sections, link-check); these builds prove each check is wired in.
  it('a frontmatter field the schema rejects', () => {
    build = buildFixture({ 'zh/046.mdx': replace('number: 46', 'number: "forty-six"') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/046\.mdx/);
    expect(build.output).toMatch(/number/);
  });

  it('a rule that spans files: a related link not listed back', () => {
    build = buildFixture({ 'zh/049.mdx': replace('related: [46, 47]', 'related: [46, 50]'), 'zh/050.mdx': replace('related: [46, 47]', 'related: [46, 49]') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/046\.mdx: lists 49 as related|047\.mdx: lists 49 as related, but \S*049\.mdx does not list 47 back/);
    expect(build.output).toMatch(/Hint:[\s\S]*CONTENT\.md/);
  });

  it('TeX that KaTeX cannot render', () => {
    build = buildFixture({ 'zh/046.mdx': replace('\\sqrt{d_k}', '\\sqroot{d_k}') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/046\.mdx:\d+:\d+: KaTeX cannot render this formula: .*sqroot/);
  });

  it('a figure that names a drawing that does not exist', () => {
    const figure = `import Figure from '${join(ROOT, 'src/components/Figure.astro')}';\n\n<Figure lang="zh" id="fig-missing" draw="no-such-drawing" caption="说明" alt="描述图中画了什么" />\n\n<h2 id="short-answer">`;
    build = buildFixture({ 'zh/046.mdx': replace('<h2 id="short-answer">', figure) });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/046\.mdx: <Figure>: draw "no-such-drawing" is not a drawing in src\/figures\//);
  });

  it('a glossary entry that points at a question that does not exist', () => {
    build = buildFixture({ '../glossary.yaml': replace('questions: [46]', 'questions: [46, 999]') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/content\/glossary\.yaml:\s+scaled-dot-product-attention: question 999 does not exist/);
  });

  it('a link to an anchor that does not exist', () => {
    build = buildFixture({ 'zh/046.mdx': replace('/questions/47/#pitfalls', '/questions/47/#mistakes') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/046\.mdx\): link "\/questions\/47\/#mistakes" no element with id "mistakes"/);
  });
});

describe('corrections', { timeout: 180_000 }, () => {
  it('a build that knows its repository links a prefilled report and the editor under each answer; one that does not, neither', () => {
    build = buildFixture({}, { GITHUB_REPOSITORY: 'owner/repo' });
    expect(build.ok).toBe(true);
    const html = readFileSync(join(build.outDir, 'en/questions/46/index.html'), 'utf8');
    const hrefs = [...html.matchAll(/href="(https:\/\/github\.com\/owner\/repo\/[^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    const report = new URL(hrefs.find((h) => h.includes('/issues/new'))!);
    expect(report.searchParams.get('title')).toBe('[en] Q46: ');
    expect(report.searchParams.get('body')).toMatch(/Question: 46\. [\s\S]*Language: en[\s\S]*Page: http:\/\/localhost:4321\/en\/questions\/46\/[\s\S]*Section: /);
    expect(hrefs.some((h) => /\/edit\/main\/.*questions\/en\/046\.mdx$/.test(h))).toBe(true);
    build.cleanup();
    build = buildFixture({});
    expect(readFileSync(join(build.outDir, 'en/questions/46/index.html'), 'utf8')).not.toMatch(/issues\/new|\/edit\/main\//);
  });
});

describe('uneven languages', { timeout: 180_000 }, () => {
  it('a question or topic that exists in one language only builds without links to the missing page', () => {
    build = buildFixture({
      'en/049.mdx': null,
      'en/046.mdx': replace('related: [47, 49, 50]', 'related: [47, 50]'),
      'en/047.mdx': replace('related: [46, 49, 50]', 'related: [46, 50]'),
      'zh/049.mdx': replace('tags: [attention, softmax]', 'tags: [attention, masking]'),
    });
    expect(build.output).toContain('every internal link and #anchor resolves');
    expect(build.ok).toBe(true);
  });
});
