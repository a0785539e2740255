/**
 * Deploy-time settings the pages depend on, and what to tell the person building
 * the site when one is missing.
 */

/** The warning a production build prints when canonical URLs would point at localhost. */
export function siteUrlWarning(siteUrl: string | undefined): string | null {
  if (siteUrl && !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(siteUrl)) return null;
  return [
    'SITE_URL is not set: canonical URLs, the sitemap, the RSS feeds and link previews',
    'will all point at http://localhost:4321. Set SITE_URL to the public origin',
    '(e.g. SITE_URL=https://example.org npm run build) before publishing dist/.',
  ].join('\n');
}

interface PackageInfo {
  bugs?: string | { url?: string };
  repository?: string | { url?: string };
}

/**
 * The site's GitHub repository, from one place: package.json's `repository`, else the
 * repository a GitHub Actions build runs in (GITHUB_REPOSITORY). Null when neither says.
 */
export function repositoryUrl(packageJson: object, githubRepository?: string): string | null {
  const pkg = packageJson as PackageInfo;
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const github = repo?.match(/github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/) ?? (repo?.match(/^github:([\w.-]+\/[\w.-]+)$/) || null);
  if (github) return `https://github.com/${github[1]}`;
  if (githubRepository && /^[\w.-]+\/[\w.-]+$/.test(githubRepository)) return `https://github.com/${githubRepository}`;
  return null;
}

/**
 * Where a reader reports an error: package.json's `bugs` URL, else the issues page of
 * the repository (repositoryUrl).
 */
export function issuesUrl(packageJson: object, githubRepository?: string): string | null {
  const pkg = packageJson as PackageInfo;
  const bugs = typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url;
  if (bugs && /^https:\/\//.test(bugs)) return bugs;
  const repo = repositoryUrl(packageJson, githubRepository);
  return repo ? `${repo}/issues` : null;
}

export interface ReportContext {
  number: number;
  title: string;
  lang: string;
  pageUrl: string;
  section?: string;
}

/**
 * GitHub's new-issue form for an error in one answer, with what a maintainer needs
 * prefilled. The section line is filled in the browser when the page was opened at a section.
 */
export function reportErrorUrl(repo: string, c: ReportContext): string {
  const url = new URL(`${repo}/issues/new`);
  url.searchParams.set('title', `[${c.lang}] Q${c.number}: `);
  url.searchParams.set('body', reportBody(c));
  return url.href;
}

export function reportBody(c: ReportContext): string {
  return [`Question: ${c.number}. ${c.title}`, `Language: ${c.lang}`, `Page: ${c.pageUrl}`, `Section: ${c.section ?? '(not given)'}`, '', 'What is wrong, and what it should say:', ''].join('\n');
}

/** The same body with its section line replaced (the reader's current section). */
export function withSection(body: string, section: string): string {
  return body.replace(/^Section: .*$/m, `Section: ${section}`);
}

/** GitHub's editor for a content file on the default branch. */
export function editUrl(repo: string, file: string, branch = 'main'): string {
  return `${repo}/edit/${branch}/${file}`;
}
