import { langOfPath } from '../lib/locales';

/**
 * Hosts that know a single 404 page (GitHub Pages) serve the default language's for
 * every missing address. A reader who asked for an English address gets the English
 * page instead.
 */
export function notFoundRedirect() {
  const box = document.querySelector<HTMLElement>('[data-not-found]');
  if (!box) return;
  const base = box.dataset.base ?? '/';
  const path = location.pathname.startsWith(base) ? `/${location.pathname.slice(base.length)}` : location.pathname;
  const wanted = langOfPath(path);
  const pages = JSON.parse(box.dataset.notFound ?? '{}') as Record<string, string>;
  if (wanted !== box.dataset.lang && pages[wanted]) location.replace(pages[wanted]);
}
