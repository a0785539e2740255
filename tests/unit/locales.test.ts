import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, langFromContentPath, langFromParam, langOfPath, LANGS, localeParam, LOCALES } from '../../src/lib/locales';

describe('the locale table', () => {
  it('has exactly one language without a prefix, and unique codes and prefixes', () => {
    expect(LOCALES.filter((l) => l.prefix === '')).toHaveLength(1);
    expect(new Set(LANGS).size).toBe(LANGS.length);
    expect(new Set(LOCALES.map((l) => l.prefix)).size).toBe(LOCALES.length);
    expect(DEFAULT_LANG).toBe('zh');
  });
  it('maps languages to route parameters and back', () => {
    for (const lang of LANGS) expect(langFromParam(localeParam(lang))).toBe(lang);
    expect(localeParam('zh')).toBeUndefined();
    expect(localeParam('en')).toBe('en');
    expect(() => langFromParam('fr')).toThrow(/no language/);
  });
  it('reads the language of a site path from its prefix', () => {
    expect(langOfPath('/en/questions/46/')).toBe('en');
    expect(langOfPath('/questions/46/')).toBe('zh');
    expect(langOfPath('/')).toBe('zh');
    expect(langOfPath('/english/')).toBe('zh');
  });
  it('reads the language of a content file from its folder, and refuses a folder that is no language', () => {
    expect(langFromContentPath('/x/content/questions/en/046.mdx')).toBe('en');
    expect(() => langFromContentPath('/x/content/questions/fr/046.mdx')).toThrow(/<language>/);
  });
});
