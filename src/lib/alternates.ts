import { LANGS, type Lang } from './taxonomy';
import { localePrefix } from './urls';

export interface Alternate {
  lang: Lang;
  /** Site path (without base) of the same page in that language. */
  path: string;
}

/** Removes the locale prefix: `/en/questions/46/` → `/questions/46/`. */
export function unlocalized(path: string): string {
  for (const lang of LANGS) {
    const prefix = localePrefix(lang);
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) return path.slice(prefix.length) || '/';
  }
  return path;
}

/**
 * The same page in every language that has it. A question page exists in a
 * language only if that language has the question; `available` says which do.
 */
export function alternatesFor(path: string, available: (lang: Lang) => boolean = () => true): Alternate[] {
  const neutral = unlocalized(path);
  return LANGS.filter(available).map((lang) => ({ lang, path: `${localePrefix(lang)}${neutral}` }));
}
