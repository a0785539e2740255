import { LANGS, localeParam, type Lang } from '../lib/locales';

/**
 * `getStaticPaths` for a page that every language has: one path per row of the
 * locale table, the default language at the root (`[...locale]` left empty).
 */
export function everyLocale(): { params: { locale: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { locale: localeParam(lang) }, props: { lang } }));
}
