import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanHtml, type ScannedPage } from '../lib/html-scan';
import { checkLinks, type LinkProblem } from '../lib/link-check';
import { langOfPath } from '../lib/locales';
import { contentFileFor } from '../lib/content-layout';

/** Every `.html` file under a folder, depth first. */
export function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (name.endsWith('.html')) yield full;
  }
}

/** The site path a built file is served at: `dist/questions/46/index.html` → `/questions/46/`. */
export function sitePathOf(distDir: string, file: string): string {
  const rel = '/' + relative(distDir, file).split(sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Reads every page of a built site into site paths (`/questions/46/`) and their ids and links. */
export function scanDist(distDir: string): Map<string, ScannedPage> {
  const pages = new Map<string, ScannedPage>();
  for (const file of htmlFiles(distDir)) pages.set(sitePathOf(distDir, file), scanHtml(readFileSync(file, 'utf8')));
  return pages;
}

export function checkDist(distDir: string, base: string, site?: string): LinkProblem[] {
  return checkLinks(scanDist(distDir), {
    base,
    site,
    fileExists: (p) => existsSync(join(distDir, p)),
  });
}

/** For a question page, the content file an author should edit. */
export function sourceHint(page: string): string {
  const m = /\/questions\/(\d+)\/$/.exec(page);
  return m ? ` (${contentFileFor(langOfPath(page), Number(m[1]))})` : '';
}

/** Fails the build when any page links to a missing page, file or #anchor. */
export function linkCheck(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'qa-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = checkDist(fileURLToPath(dir), base, site);
        if (problems.length > 0) {
          const lines = problems.map((p) => `  ${p.page}${sourceHint(p.page)}: link "${p.href}" ${p.reason}`);
          throw new Error(`Broken links in the built site:\n${lines.join('\n')}`);
        }
        logger.info('every internal link and #anchor resolves');
      },
    },
  };
}
