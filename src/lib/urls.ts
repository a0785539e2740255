import { locale, type Lang } from './locales';
import { OFFLINE_DIR } from './offline';

/**
 * Prefixes a root-relative path with Astro's `base` (which may be `/`, `/sub` or
 * `/sub/`). Every internal URL goes through here so sub-path deploys work.
 */
/** Astro's `base` with exactly one trailing slash: `/`, `/sub/`. */
export const normalizeBase = (base: string) => (base.endsWith('/') ? base : `${base}/`);

export function withBase(path: string, base: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${b}${p}`;
}

/** The default language has no prefix; the others live under `/<prefix>/` (see locales.ts). */
export function localePrefix(lang: Lang): string {
  const { prefix } = locale(lang);
  return prefix ? `/${prefix}` : '';
}

export const homePath = (lang: Lang) => `${localePrefix(lang)}/`;
export const questionPath = (lang: Lang, n: number) => `${localePrefix(lang)}/questions/${n}/`;
export const searchPath = (lang: Lang) => `${localePrefix(lang)}/search/`;
export const partId = (part: { start: number; end: number }) => `part-${part.start}-${part.end}`;
export const partPath = (lang: Lang, part: { start: number; end: number }) => `${homePath(lang)}#${partId(part)}`;

/** Absolute URL for canonical links and feeds; `site` is Astro's `site` option. */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string): string {
  const rel = withBase(path, base);
  return site ? new URL(rel, site).href : rel;
}
export const tagPath = (lang: Lang, tag: string) => `${localePrefix(lang)}/tags/${tag}/`;
export const tagsPath = (lang: Lang) => `${localePrefix(lang)}/tags/`;
export const drillPath = (lang: Lang) => `${localePrefix(lang)}/practice/`;
export const reviewPath = (lang: Lang) => `${localePrefix(lang)}/review/`;
export const aboutPath = (lang: Lang) => `${localePrefix(lang)}/about/`;
export const glossaryPath = (lang: Lang) => `${localePrefix(lang)}/glossary/`;
/** The search vocabulary of a language (lib/search-words.ts), written after the build. */
export const searchWordsPath = (lang: Lang) => `/_qa/search-words.${lang}.json`;
/** A question URL with `{n}` in place of the number, for scripts that build links. */
export const questionPathTemplate = (lang: Lang) => `${localePrefix(lang)}/questions/{n}/`;
/** Each language's not-found page, as a file a static host can serve for a missing address. */
export const notFoundPath = (lang: Lang) => `${localePrefix(lang)}/404.html`;
/** The page a reader gets, offline, for a page not saved on the device (lib/offline.ts). */
export const offlinePath = (lang: Lang) => `${localePrefix(lang)}/${OFFLINE_DIR}/`;
/** The question numbers of a language, as JSON, for "save all" (one file, not a list in every page). */
export const offlineListPath = (lang: Lang) => `${localePrefix(lang)}/${OFFLINE_DIR}.json`;
export const feedPath = (lang: Lang) => `${localePrefix(lang)}/rss.xml`;
export const ogImagePath = (lang: Lang, n: number) => `/og/${lang}/${n}.png`;
/** Every answer of a language on one page, to read in order or print. */
export const bookPath = (lang: Lang) => `${localePrefix(lang)}/book/`;
/** The book's fonts and running heads, written after the build (integrations/book.ts). */
export const bookStylesPath = (lang: Lang) => `${localePrefix(lang)}/book/book.css`;
/** The book printed to PDF, when the build makes it (lib/book.ts). */
export const bookPdfPath = (lang: Lang) => `${localePrefix(lang)}/book/transformer-qa.${locale(lang).htmlLang}.pdf`;

export { samePlaceIn } from './same-place';
