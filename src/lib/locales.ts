/**
 * The site's languages: the one table every other module reads. Adding a language
 * means a row here, a dictionary in i18n.ts and a content folder, nothing else.
 */
export interface Locale {
  /** Content folder name, route parameter and dictionary key. */
  code: string;
  /** BCP 47 tag for `<html lang>` and hreflang; Pagefind picks its word segmenter from it. */
  htmlLang: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** The language's name in itself, for the language switch. */
  label: string;
  /** URL prefix without slashes; the default language has none. */
  prefix: string;
  /** Characters a question's short answer may have (CONTENT.md): scripts differ in density. */
  shortAnswer: { min: number; max: number };
}

export const LOCALES = [
  // Chinese is the series' own language and lives at the root.
  { code: 'zh', htmlLang: 'zh-CN', ogLocale: 'zh_CN', label: '中文', prefix: '', shortAnswer: { min: 30, max: 180 } },
  { code: 'en', htmlLang: 'en', ogLocale: 'en_US', label: 'English', prefix: 'en', shortAnswer: { min: 80, max: 400 } },
] as const satisfies readonly Locale[];

export type Lang = (typeof LOCALES)[number]['code'];
export const LANGS: readonly Lang[] = LOCALES.map((l) => l.code);
export const DEFAULT_LANG: Lang = LOCALES.find((l) => l.prefix === '')!.code;

export const locale = (lang: Lang): Locale => LOCALES.find((l) => l.code === lang)!;

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The `[...locale]` route parameter of a language: undefined for the root language. */
export const localeParam = (lang: Lang): string | undefined => locale(lang).prefix || undefined;

/** The language of a `[...locale]` route parameter; throws on one the table lacks. */
export function langFromParam(param: string | undefined): Lang {
  const found = LOCALES.find((l) => l.prefix === (param ?? ''));
  if (!found) throw new Error(`no language has the URL prefix "${param}"`);
  return found.code;
}

/** The language of a content file, from its folder `questions/<code>/`; an unknown folder is an error. */
export function langFromContentPath(path: string): Lang {
  const m = /[\\/]questions[\\/]([^\\/]+)[\\/][^\\/]+$/.exec(path);
  if (!m || !isLang(m[1]!)) {
    throw new Error(`${path}: a question lives in content/questions/<language>/, with <language> one of ${LANGS.join(', ')}`);
  }
  return m[1];
}

/** The language a site path (without base) belongs to, by its prefix. */
export function langOfPath(path: string): Lang {
  const first = path.split('/').filter(Boolean)[0] ?? '';
  return LOCALES.find((l) => l.prefix !== '' && l.prefix === first)?.code ?? DEFAULT_LANG;
}
