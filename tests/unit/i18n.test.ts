import { describe, expect, it } from 'vitest';
import { dictionaries, t, tagName } from '../../src/lib/i18n';
import { langFromContentPath } from '../../src/lib/locales';
import type { Template } from '../../src/lib/format';
import { DIFFICULTIES, LANGS, TAGS } from '../../src/lib/taxonomy';

const forms = (t: Template): string[] => (typeof t === 'string' ? [t] : Object.values(t));

describe('dictionaries', () => {
  it('every language has every key, non-empty', () => {
    const keys = Object.keys(dictionaries.zh).sort();
    for (const lang of LANGS) {
      expect(Object.keys(dictionaries[lang]).sort()).toEqual(keys);
      for (const key of keys) for (const form of forms(dictionaries[lang][key as keyof typeof dictionaries.zh])) expect(form.trim(), key).not.toBe('');
    }
  });
  it('names every tag and difficulty in every language', () => {
    for (const lang of LANGS) {
      for (const tag of TAGS) expect(dictionaries[lang]).toHaveProperty(`tag.${tag}`);
      for (const d of DIFFICULTIES) expect(dictionaries[lang]).toHaveProperty(`difficulty.${d}`);
    }
  });
  it('uses the same placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(dictionaries.zh) as (keyof typeof dictionaries.zh)[]) {
      const zh = placeholders(forms(dictionaries.zh[key])[0]!);
      for (const form of forms(dictionaries.en[key])) expect(placeholders(form), key).toEqual(zh);
    }
  });
});

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('zh', 'questionN', { n: 46 })).toBe('第 46 题');
    expect(t('en', 'partTitle', { start: 46, end: 50 })).toBe('Questions 46–50');
  });
  it('chooses the English plural form by count, and Chinese has one form', () => {
    expect(t('en', 'topicCount', { count: 1 })).toBe('1 question');
    expect(t('en', 'topicCount', { count: 2 })).toBe('2 questions');
    expect(t('en', 'topicCount', { count: 0 })).toBe('0 questions');
    expect(t('en', 'searchResults', { count: 1 })).toBe('1 result');
    expect(t('en', 'partCount', { count: 1 })).toBe('1 question');
    expect(t('zh', 'topicCount', { count: 1 })).toBe('1 道题');
  });
  it('leaves an unknown placeholder visible rather than printing undefined', () => {
    expect(t('zh', 'questionN')).toBe('第 {n} 题');
  });
  it('translates tags', () => {
    expect(tagName('zh', 'attention')).toBe('注意力');
    expect(tagName('en', 'attention')).toBe('Attention');
  });
});

describe('langFromContentPath', () => {
  it('reads the language folder', () => {
    expect(langFromContentPath('/x/content/questions/en/046.mdx')).toBe('en');
    expect(langFromContentPath('/x/content/questions/zh/046.mdx')).toBe('zh');
  });
  it('rejects a folder that is not a language of the site, rather than guessing', () => {
    expect(() => langFromContentPath('/x/content/questions/fr/046.mdx')).toThrow(/content\/questions\/<language>/);
  });
});

describe('labels', () => {
  it('use each language\'s own punctuation', () => {
    expect(t('zh', 'labelled', { label: t('zh', 'difficulty') })).toBe('难度：');
    expect(t('en', 'labelled', { label: t('en', 'difficulty') })).toBe('Difficulty: ');
  });
});

describe('widgetStrings', () => {
  it('hands a widget every key it declares, unfilled, with the locale for plural forms', async () => {
    const { widgetStrings } = await import('../../src/lib/widget-strings');
    const { WIDGET_KEYS } = await import('../../src/lib/widget-contract');
    const s = widgetStrings('en', 'search');
    expect(Object.keys(s).sort()).toEqual(['locale', ...WIDGET_KEYS.search].sort());
    expect(s.locale).toBe('en');
    expect(s.questionN).toBe('Question {n}');
    expect(typeof s.searchResults).toBe('object');
  });
});
