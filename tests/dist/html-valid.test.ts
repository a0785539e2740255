import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/integrations/link-check';
import { DIST, ROOT, requireDist } from '../helpers/dist';
import { LANGS } from '../../src/lib/locales';
import { bookPath } from '../../src/lib/urls';

/** Every built page is valid HTML under html-validate's recommended rules (.htmlvalidate.json). */
// Before anything reads dist/: builds it when it is missing or stale.
requireDist();

const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));

// The book pages hold every answer at once: html-validate takes minutes on them. Their
// answers are validated here on their own pages, and a small book whole in tests/build/book-pdf.test.ts.
const books = new Set(LANGS.map((lang) => join(DIST, bookPath(lang), 'index.html')));

describe('valid HTML', () => {
  it.each([...htmlFiles(DIST)].filter((f) => !books.has(f)).map((f) => [relative(DIST, f), f] as const))('%s', async (_, file) => {
    const report = await validator.validateString(readFileSync(file, 'utf8'));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
