import { afterEach, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/fixture-build';

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

  it('a wrongly typed frontmatter field', () => {
    build = buildFixture({ 'zh/046.mdx': replace('number: 46', 'number: "forty-six"') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/046\.mdx/);
    expect(build.output).toMatch(/number/);
  });

  it('a missing frontmatter field', () => {
    build = buildFixture({ 'zh/047.mdx': replace(/^difficulty: .*\n/m, '') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/047\.mdx/);
    expect(build.output).toMatch(/difficulty/);
  });

  it('a tag outside the fixed list', () => {
    build = buildFixture({ 'zh/046.mdx': replace('tags: [attention, softmax]', 'tags: [attention, gossip]') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/046\.mdx/);
    expect(build.output).toMatch(/tags/);
  });

  it('a misspelt frontmatter key', () => {
    build = buildFixture({ 'zh/046.mdx': replace('related:', 'relatd:') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/046\.mdx/);
    expect(build.output).toMatch(/relatd/);
  });

  it('a duplicate question number', () => {
    build = buildFixture({ 'zh/049.mdx': replace('number: 49', 'number: 47') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/duplicate question number 47 in \S*047\.mdx and \S*049\.mdx/);
  });

  it('a related question that does not exist', () => {
    build = buildFixture({ 'zh/046.mdx': replace('related: [47]', 'related: [47, 48]') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/046\.mdx: related question 48 does not exist/);
  });

  it('TeX that KaTeX cannot parse', () => {
    build = buildFixture({ 'zh/047.mdx': replace('\\sum_{l}', '\\sum_{l') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/047\.mdx/);
    expect(build.output).toMatch(/KaTeX/);
  });

  it('an unknown TeX command', () => {
    build = buildFixture({ 'zh/046.mdx': replace('\\sqrt{d_k}', '\\sqroot{d_k}') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/046\.mdx:\d+:\d+: KaTeX cannot render this formula: .*sqroot/);
  });

  it('a missing required section', () => {
    build = buildFixture({ 'zh/049.mdx': replace('<h2 id="pitfalls">常见错误</h2>', '') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/049\.mdx: missing section <h2 id="pitfalls">/);
  });

  it('a link to a question that does not exist', () => {
    build = buildFixture({ 'zh/049.mdx': replace('/questions/47/#pitfalls', '/questions/48/') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/\/questions\/49\/ \(content\/questions\/zh\/049\.mdx\): link "\/questions\/48\/" no page or file/);
  });

  it('a link to an anchor that does not exist', () => {
    build = buildFixture({ 'zh/046.mdx': replace('/questions/47/#pitfalls', '/questions/47/#mistakes') });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/046\.mdx\): link "\/questions\/47\/#mistakes" no element with id "mistakes"/);
  });
});

describe('uneven languages', { timeout: 180_000 }, () => {
  it('a question or topic that exists in one language only builds without links to the missing page', () => {
    build = buildFixture({
      'en/049.mdx': null,
      'zh/049.mdx': (s) => s.replace('tags: [attention, softmax]', 'tags: [attention, masking]'),
    });
    expect(build.output).toContain('every internal link and #anchor resolves');
    expect(build.ok).toBe(true);
  });
});
