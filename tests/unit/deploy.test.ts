import { describe, expect, it } from 'vitest';
import { issuesUrl, siteUrlWarning } from '../../src/lib/deploy';

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
