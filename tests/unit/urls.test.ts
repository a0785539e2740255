import { describe, expect, it } from 'vitest';
import { absoluteUrl, homePath, partPath, questionPath, searchPath, withBase } from '../../src/lib/urls';

describe('withBase', () => {
  it.each([
    ['/', '/questions/46/', '/questions/46/'],
    ['/transformer-qa/', '/questions/46/', '/transformer-qa/questions/46/'],
    ['/transformer-qa', '/questions/46/', '/transformer-qa/questions/46/'],
    ['/transformer-qa/', '/', '/transformer-qa/'],
    ['/', 'favicon.svg', '/favicon.svg'],
  ])('base %s + %s = %s', (base, path, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe('locale paths', () => {
  it('has no prefix for Chinese, the default locale', () => {
    expect(homePath('zh')).toBe('/');
    expect(questionPath('zh', 46)).toBe('/questions/46/');
    expect(searchPath('zh')).toBe('/search/');
  });
  it('puts English under /en/', () => {
    expect(homePath('en')).toBe('/en/');
    expect(questionPath('en', 46)).toBe('/en/questions/46/');
  });
  it('links a part to its anchor on the home page', () => {
    expect(partPath('zh', { start: 46, end: 50 })).toBe('/#part-46-50');
  });
});

describe('absoluteUrl', () => {
  it('joins site, base and path', () => {
    expect(absoluteUrl('/questions/46/', 'https://example.org', '/qa/')).toBe('https://example.org/qa/questions/46/');
  });
  it('falls back to a root-relative URL without a site', () => {
    expect(absoluteUrl('/questions/46/', undefined, '/')).toBe('/questions/46/');
  });
});
