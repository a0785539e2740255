import { describe, expect, it } from 'vitest';
import { editUrl, issuesUrl, repositoryUrl, reportErrorUrl, siteUrlWarning, withSection } from '../../src/lib/deploy';
import { lastChangeDates } from '../../src/lib/git-dates';

describe('siteUrlWarning', () => {
  it('warns when SITE_URL is missing or local', () => {
    expect(siteUrlWarning(undefined)).toMatch(/SITE_URL is not set/);
    expect(siteUrlWarning('')).toMatch(/localhost/);
    expect(siteUrlWarning('http://localhost:4321')).not.toBeNull();
  });
  it('is quiet for a public origin', () => {
    expect(siteUrlWarning('https://qa.example.org')).toBeNull();
  });
});

describe('issuesUrl', () => {
  it('prefers the bugs URL', () => {
    expect(issuesUrl({ bugs: { url: 'https://tracker.example.org/qa' } })).toBe('https://tracker.example.org/qa');
  });
  it('derives the issues page of a GitHub repository', () => {
    expect(issuesUrl({ repository: { url: 'git+https://github.com/someone/transformer-qa.git' } })).toBe('https://github.com/someone/transformer-qa/issues');
    expect(issuesUrl({ repository: 'github:someone/transformer-qa' })).toBe('https://github.com/someone/transformer-qa/issues');
  });
  it('falls back to the repository a GitHub Actions build runs in', () => {
    expect(issuesUrl({}, 'someone/transformer-qa')).toBe('https://github.com/someone/transformer-qa/issues');
  });
  it('gives nothing rather than a made-up link', () => {
    expect(issuesUrl({})).toBeNull();
    expect(issuesUrl({ bugs: 'javascript:alert(1)' }, 'not a repo')).toBeNull();
  });
});

describe('corrections: repository, report and edit links', () => {
  it('finds the repository in package.json, else in the GitHub Actions environment, else nowhere', () => {
    expect(repositoryUrl({ repository: { url: 'git+https://github.com/o/r.git' } })).toBe('https://github.com/o/r');
    expect(repositoryUrl({ repository: 'github:o/r' })).toBe('https://github.com/o/r');
    expect(repositoryUrl({}, 'o/r')).toBe('https://github.com/o/r');
    expect(repositoryUrl({})).toBeNull();
    expect(repositoryUrl({}, 'not a repo')).toBeNull();
  });
  it('prefills the new-issue form with the question, language, page and section', () => {
    const url = new URL(reportErrorUrl('https://github.com/o/r', { number: 51, title: 'Why √dₖ?', lang: 'en', pageUrl: 'https://x.org/en/questions/51/' }));
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('[en] Q51: ');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Question: 51. Why √dₖ?');
    expect(body).toContain('Page: https://x.org/en/questions/51/');
    expect(withSection(body, 'Common mistakes (#pitfalls)')).toContain('Section: Common mistakes (#pitfalls)');
    expect(withSection(body, 'x').match(/^Section:/gm)).toHaveLength(1);
  });
  it('links GitHub\'s editor for the file', () => {
    expect(editUrl('https://github.com/o/r', 'content/questions/zh/046.mdx')).toBe('https://github.com/o/r/edit/main/content/questions/zh/046.mdx');
  });
});

describe('lastChangeDates', () => {
  it('takes the newest commit that touched each file', () => {
    const log = '\0 2026-11-27\ncontent/questions/zh/046.mdx\n\n\0 2026-10-01\ncontent/questions/zh/046.mdx\ncontent/questions/en/046.mdx\n';
    expect(Object.fromEntries(lastChangeDates(log))).toEqual({ 'content/questions/zh/046.mdx': '2026-11-27', 'content/questions/en/046.mdx': '2026-10-01' });
  });
});
