import { describe, expect, it } from 'vitest';
import { chapterId, rewriteBookIds } from '../../src/lib/book-ids';
import { scanHtml } from '../../src/lib/html-scan';

const pagePath = (n: number) => `/sub/questions/${n}/`;
const chapter = (n: number, body: string) => `<article id="${chapterId(n)}"><a href="${pagePath(n)}">page</a><div data-book-chapter="${n}">${body}</div></article>`;
const section = '<section aria-labelledby="pitfalls"><div><h2 id="pitfalls">P</h2><a class="heading-anchor" href="#pitfalls">#</a></div></section>';

describe('rewriteBookIds', () => {
  it('prefixes every id inside a chapter and leaves the rest of the page alone', () => {
    const html = `<h1 id="title">Book</h1>${chapter(46, section)}${chapter(47, section)}`;
    const out = rewriteBookIds(html, pagePath);
    const ids = [...scanHtml(out).ids];
    expect(ids).toEqual(['title', 'q46', 'q46-pitfalls', 'q47', 'q47-pitfalls']);
    // A section is named by its chapter's title too, so no two regions share a name.
    expect(out).toContain('<section aria-labelledby="title-q46 q46-pitfalls">');
    expect(out).toContain('<a class="heading-anchor" href="#q47-pitfalls">');
    // The chapter's own link to its page stays: it sits outside the chapter body.
    expect(out).toContain('<a href="/sub/questions/46/">page</a>');
  });

  it('moves headings one level down, closing tags included', () => {
    const out = rewriteBookIds(chapter(46, '<h2 id="a">A</h2><h3 id="b">B</h3>'), pagePath);
    expect(out).toContain('<h3 id="q46-a">A</h3><h4 id="q46-b">B</h4>');
    expect(rewriteBookIds('<h2 id="x">x</h2>', pagePath)).toBe('<h2 id="x">x</h2>');
  });

  it('points id lists, labels and SVG url() references at the prefixed ids', () => {
    const body =
      '<figure id="fig"><div role="img" aria-labelledby="fig-caption" aria-describedby="fig-alt other"></div><p id="fig-alt">alt</p><figcaption id="fig-caption">c</figcaption></figure>' +
      '<label for="t">t</label><input id="t"><svg viewBox="0 0 1 1"><clipPath id="clip"></clipPath><path clip-path="url(#clip)" d="M0 0"/><use xlink:href="#clip"/></svg>';
    const out = rewriteBookIds(chapter(50, body), pagePath);
    expect(out).toContain('aria-labelledby="q50-fig-caption" aria-describedby="q50-fig-alt other"');
    expect(out).toContain('<label for="q50-t">');
    expect(out).toContain('<path clip-path="url(#q50-clip)" d="M0 0"/>');
    expect(out).toContain('<use xlink:href="#q50-clip"/>');
    expect(out).toContain('<svg viewBox="0 0 1 1">');
  });

  it('turns links to a question in the book into links to its chapter or section', () => {
    const body = (n: number) =>
      `<h2 id="pitfalls">P</h2><a href="/sub/questions/${n}/">page</a><a href="/sub/questions/${n}/#pitfalls">sec</a><a href="/sub/questions/${n}/#missing">gone</a>`;
    const out = rewriteBookIds(`${chapter(46, body(47))}${chapter(47, body(99))}`, pagePath);
    expect(out).toContain('<a href="#q47">page</a><a href="#q47-pitfalls">sec</a>');
    // A section the chapter lacks, or a question outside the book: the link is left for the link check.
    expect(out).toContain('<a href="/sub/questions/47/#missing">gone</a>');
    expect(out).toContain('<a href="/sub/questions/99/">page</a><a href="/sub/questions/99/#pitfalls">sec</a>');
  });

  it('matches percent-encoded fragments against the ids they encode', () => {
    const body = '<h3 id="为什么">W</h3><a href="#%E4%B8%BA%E4%BB%80%E4%B9%88">w</a>';
    expect(rewriteBookIds(chapter(48, body), pagePath)).toContain('<a href="#q48-%E4%B8%BA%E4%BB%80%E4%B9%88">');
  });

  it('leaves a fragment that names no id of the chapter as it is', () => {
    expect(rewriteBookIds(chapter(46, '<a href="#main">m</a>'), pagePath)).toContain('<a href="#main">');
  });

  it('keeps entities, other attributes and the text byte for byte', () => {
    const body = '<p class="x" data-a=\'1\'>a &amp; b &lt;c&gt;</p><a href="https://x.org/?a=1&amp;b=2">e</a><img src="/i.png" alt="">';
    expect(rewriteBookIds(chapter(46, body), pagePath)).toBe(chapter(46, body));
  });
});
