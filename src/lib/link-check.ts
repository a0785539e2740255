import { normalizeBase } from './urls';
import type { ScannedPage } from './html-scan';

export interface LinkProblem {
  /** Site path of the page holding the link, e.g. `/questions/46/`. */
  page: string;
  href: string;
  reason: string;
}

export interface LinkCheckOptions {
  /** Astro's `base`, e.g. `/` or `/transformer-qa/`. */
  base: string;
  /** The deployed origin; absolute links to it are checked like relative ones. */
  site?: string | undefined;
  /** Whether a non-HTML file (CSS, JS, font, image) exists at this site path. */
  fileExists: (sitePath: string) => boolean;
}

const ORIGIN = 'http://site.invalid';
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Checks every reference in a set of built pages: the target page or file must
 * exist inside `base`, and a `#fragment` must name an id on the target page. No page may
 * have an id twice: a `#fragment` to it would land on whichever comes first.
 * Pages are keyed by site path (without base): `/`, `/questions/46/`, `/404.html`.
 */
export function checkLinks(pages: ReadonlyMap<string, ScannedPage>, opts: LinkCheckOptions): LinkProblem[] {
  const base = normalizeBase(opts.base);
  const siteOrigin = opts.site ? new URL(opts.site).origin : undefined;
  const problems: LinkProblem[] = [];

  for (const [page, { links, duplicateIds }] of pages) {
    for (const [id, count] of duplicateIds) problems.push({ page, href: `#${id}`, reason: `is ambiguous: the page has ${count} elements with id "${id}"` });
    const pageUrl = new URL(`${base.slice(0, -1)}${page}`, ORIGIN);
    for (const href of links) {
      let target: URL;
      if (EXTERNAL.test(href)) {
        if (!siteOrigin || !href.startsWith(siteOrigin + '/')) continue;
        target = new URL(href.slice(siteOrigin.length), ORIGIN);
      } else {
        target = new URL(href, pageUrl);
      }
      const report = (reason: string) => problems.push({ page, href, reason });
      if (!target.pathname.startsWith(base)) {
        report(`points outside the site's base path ${base}`);
        continue;
      }
      const path = decodeURIComponent(target.pathname.slice(base.length - 1));
      const fragment = decodeURIComponent(target.hash.slice(1));
      const targetPage = pages.get(path);
      if (targetPage) {
        if (fragment && !targetPage.ids.has(fragment)) report(`no element with id "${fragment}" on ${path}`);
      } else if (/\.[a-z0-9]+$/i.test(path) && opts.fileExists(path)) {
        if (fragment) report(`fragment #${fragment} on a file that is not a page`);
      } else {
        report(`no page or file at ${path}`);
      }
    }
  }
  return problems;
}
