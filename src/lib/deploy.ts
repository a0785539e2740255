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
 * Where a reader reports an error: package.json's `bugs` URL, else the issues page of
 * its GitHub `repository`, else that of the repository a GitHub Actions build runs in.
 */
export function issuesUrl(packageJson: object, githubRepository?: string): string | null {
  const pkg = packageJson as PackageInfo;
  const bugs = typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url;
  if (bugs && /^https:\/\//.test(bugs)) return bugs;
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const github = repo?.match(/github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/) ?? (repo?.match(/^github:([\w.-]+\/[\w.-]+)$/) || null);
  if (github) return `https://github.com/${github[1]}/issues`;
  if (githubRepository && /^[\w.-]+\/[\w.-]+$/.test(githubRepository)) return `https://github.com/${githubRepository}/issues`;
  return null;
}
