import { describe, expect, it } from 'vitest';
import { absoluteUrl, homePath, partPath, questionPath, searchPath, samePlaceIn, withBase } from '../../src/lib/urls';

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

import { alternatesFor, unlocalized } from '../../src/lib/alternates';

describe('alternates', () => {
  it('strips the locale prefix', () => {
    expect(unlocalized('/en/questions/46/')).toBe('/questions/46/');
    expect(unlocalized('/en/')).toBe('/');
    expect(unlocalized('/questions/46/')).toBe('/questions/46/');
    expect(unlocalized('/english-words/')).toBe('/english-words/');
  });
  it('lists the same page in every language, from either language', () => {
    const expected = [
      { lang: 'zh', path: '/questions/46/' },
      { lang: 'en', path: '/en/questions/46/' },
    ];
    expect(alternatesFor('/questions/46/')).toEqual(expected);
    expect(alternatesFor('/en/questions/46/')).toEqual(expected);
  });
  it('leaves out a language that does not have the page', () => {
    expect(alternatesFor('/questions/61/', (l) => l === 'zh')).toEqual([{ lang: 'zh', path: '/questions/61/' }]);
  });
});

describe('samePlaceIn', () => {
  it('keeps the section and the query', () => {
    expect(samePlaceIn('/en/questions/49/', '', '#pitfalls')).toBe('/en/questions/49/#pitfalls');
    expect(samePlaceIn('/en/search/', '?q=softmax', '')).toBe('/en/search/?q=softmax');
    expect(samePlaceIn('/questions/49/', '?highlight=mask', '#explanation')).toBe('/questions/49/?highlight=mask#explanation');
  });
  it('replaces, never stacks, what the link already had', () => {
    expect(samePlaceIn('/en/questions/49/#short-answer', '', '#pitfalls')).toBe('/en/questions/49/#pitfalls');
    expect(samePlaceIn('/en/', '', '')).toBe('/en/');
  });
});
