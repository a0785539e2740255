import { describe, expect, it } from 'vitest';
import { bookPdfWanted, formatFileSize } from '../../src/lib/book';
import { bookCharacters, cssString, fontFaceRule, pageRules } from '../../src/lib/book-css';
import { covers, parseUnicodeRange, toUnicodeRange } from '../../src/lib/unicode-range';
import { bookPdfPath, bookPath, bookStylesPath } from '../../src/lib/urls';

describe('the book PDF switch', () => {
  it('is on only when BOOK_PDF is 1', () => {
    expect(bookPdfWanted({ BOOK_PDF: '1' })).toBe(true);
    expect(bookPdfWanted({})).toBe(false);
    expect(bookPdfWanted({ BOOK_PDF: '0' })).toBe(false);
    expect(bookPdfWanted({ BOOK_PDF: '' })).toBe(false);
  });
});

describe('formatFileSize', () => {
  it.each([
    [512, 'en', '512 B'],
    [850_400, 'en', '850 KB'],
    [1_234_567, 'en', '1.2 MB'],
    [1_000_000, 'zh-CN', '1.0 MB'],
    [12_345_678, 'en', '12 MB'],
  ])('%i bytes in %s is %s', (bytes, locale, expected) => {
    expect(formatFileSize(bytes, locale)).toBe(expected);
  });
});

describe('book paths', () => {
  it('gives each language its book, stylesheet and PDF', () => {
    expect(bookPath('zh')).toBe('/book/');
    expect(bookPath('en')).toBe('/en/book/');
    expect(bookStylesPath('en')).toBe('/en/book/book.css');
    expect(bookPdfPath('zh')).toBe('/book/transformer-qa.zh-CN.pdf');
    expect(bookPdfPath('en')).toBe('/en/book/transformer-qa.en.pdf');
  });
});

describe('bookCharacters', () => {
  it('collects the drawn text and skips the head, scripts and styles', () => {
    const chars = bookCharacters(
      '<html><head><title>标题</title><style>.a{}</style></head><body><p>注意 a&amp;b</p><pre><code>x=1</code></pre><script>var z</script></body></html>',
      '页',
    );
    expect([...chars].sort().join('')).toBe([...'注意 a&bx=1页'].sort().join(''));
  });
  it('keeps a space for line breaks and tabs, so the font has the space glyph', () => {
    expect([...bookCharacters('<p>a\n\tb</p>')]).toEqual(['a', ' ', 'b']);
  });
});

describe('toUnicodeRange', () => {
  it('merges consecutive code points and round-trips through parseUnicodeRange', () => {
    const chars = [...'cab注意力', '😀'];
    const value = toUnicodeRange(chars);
    expect(value).toBe('U+61-63, U+529B, U+610F, U+6CE8, U+1F600');
    const ranges = parseUnicodeRange(value);
    for (const c of chars) expect(covers(ranges, c.codePointAt(0)!)).toBe(true);
    expect(covers(ranges, 'd'.codePointAt(0)!)).toBe(false);
  });
});

describe('book stylesheet', () => {
  it('declares a face for exactly its characters', () => {
    const rule = fontFaceRule({ family: 'QA Book Sans', weight: 700, url: 'fonts/a.woff2', chars: ['注', 'a'] });
    expect(rule).toContain('font-family: "QA Book Sans";');
    expect(rule).toContain('font-weight: 700;');
    expect(rule).toContain('src: url("fonts/a.woff2") format("woff2");');
    expect(rule).toContain('unicode-range: U+61, U+6CE8;');
  });
  it('sets A4 pages with the title, edition and page number, none on the title page', () => {
    const css = pageRules('Transformer 面试题总结', '中文版');
    expect(css).toMatch(/size: A4;/);
    expect(css).toContain('@top-left { content: "Transformer 面试题总结";');
    expect(css).toContain('@top-right { content: "中文版";');
    expect(css).toContain('content: counter(page) " / " counter(pages);');
    expect(css).toMatch(/@page :first \{[^}]*@top-left \{ content: none; \}/);
  });
  it('escapes quotes and backslashes in CSS strings', () => {
    expect(cssString('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
  });
});
