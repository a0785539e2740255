import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../src/lib/html-scan';
import { checkLinks } from '../../src/lib/link-check';

function site(pages: Record<string, string>) {
  return new Map(Object.entries(pages).map(([path, html]) => [path, scanHtml(html)]));
}
const files = new Set(['/_astro/site.css', '/favicon.svg']);
const fileExists = (p: string) => files.has(p);

describe('scanHtml', () => {
  it('collects ids and every kind of reference', () => {
    const page = scanHtml(
      '<link rel="stylesheet" href="/a.css"><h2 id="x">X</h2><a name="old"></a><a href="/b/#x">b</a><script src="/s.js"></script><img src="/i.png" alt="">',
    );
    expect([...page.ids]).toEqual(['x', 'old']);
    expect(page.links).toEqual(['/a.css', '/b/#x', '/s.js', '/i.png']);
  });
  it('decodes entities in attributes', () => {
    expect(scanHtml('<a href="/q/?a=1&amp;b=2">x</a>').links).toEqual(['/q/?a=1&b=2']);
  });
  it('ignores markup inside code text', () => {
    expect(scanHtml('<code>&lt;a href="/nope/"&gt;</code>').links).toEqual([]);
  });
});

describe('checkLinks', () => {
  it('accepts links to existing pages, anchors and files', () => {
    const pages = site({
      '/': '<a href="/questions/46/">q</a><a href="questions/46/#pitfalls">p</a><link href="/_astro/site.css">',
      '/questions/46/': '<h2 id="pitfalls">P</h2><a href="#pitfalls">self</a><a href="../../">home</a><a href="https://arxiv.org/abs/1706.03762">x</a><a href="mailto:a@b.c">m</a>',
    });
    expect(checkLinks(pages, { base: '/', fileExists })).toEqual([]);
  });
  it('reports an id a page has more than once, since a #fragment to it is ambiguous', () => {
    const pages = site({ '/book/': '<h2 id="pitfalls"></h2><h2 id="pitfalls"></h2><h2 id="pitfalls"></h2><h2 id="x"></h2>' });
    expect(checkLinks(pages, { base: '/', fileExists })).toEqual([
      { page: '/book/', href: '#pitfalls', reason: 'is ambiguous: the page has 3 elements with id "pitfalls"' },
    ]);
  });
  it('reports a missing page', () => {
    const problems = checkLinks(site({ '/': '<a href="/questions/99/">x</a>' }), { base: '/', fileExists });
    expect(problems).toEqual([{ page: '/', href: '/questions/99/', reason: 'no page or file at /questions/99/' }]);
  });
  it('reports a missing anchor on an existing page', () => {
    const pages = site({ '/': '<a href="/questions/46/#nope">x</a>', '/questions/46/': '<h2 id="pitfalls"></h2>' });
    expect(checkLinks(pages, { base: '/', fileExists })[0]?.reason).toBe('no element with id "nope" on /questions/46/');
  });
  it('reports a missing anchor on the same page', () => {
    expect(checkLinks(site({ '/': '<a href="#gone">x</a>' }), { base: '/', fileExists })).toHaveLength(1);
  });
  it('reports a missing asset', () => {
    expect(checkLinks(site({ '/': '<script src="/_astro/gone.js"></script>' }), { base: '/', fileExists })).toHaveLength(1);
  });
  it('requires links to stay inside the base path', () => {
    const pages = site({ '/': '<a href="/questions/46/">x</a><a href="/qa/questions/46/">y</a>', '/questions/46/': '' });
    const problems = checkLinks(pages, { base: '/qa/', fileExists });
    expect(problems.map((p) => p.href)).toEqual(['/questions/46/']);
  });
  it('checks absolute links to the site itself, such as the canonical URL', () => {
    const pages = site({ '/': '<link rel="canonical" href="https://ex.org/qa/gone/">', '/ok/': '<link rel="canonical" href="https://ex.org/qa/ok/">' });
    const problems = checkLinks(pages, { base: '/qa/', site: 'https://ex.org', fileExists });
    expect(problems.map((p) => p.href)).toEqual(['https://ex.org/qa/gone/']);
  });
  it('decodes percent-encoded anchors', () => {
    const pages = site({ '/': '<a href="#%E7%AE%80%E7%AD%94">x</a><h2 id="简答"></h2>' });
    expect(checkLinks(pages, { base: '/', fileExists })).toEqual([]);
  });
});
