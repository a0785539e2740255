import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { avoidedSpellings, glossaryProblems, glossaryTermSchema, termNames } from '../../src/lib/glossary';
import { GLOSSARY_FILE } from '../../src/lib/content-layout';
import { LANGS } from '../../src/lib/locales';
import { CONTENT } from '../helpers/dist';
import { readQuestions } from '../helpers/content';

/**
 * The glossary against the questions: every entry parses, points at questions that
 * exist and really discuss the term, and no page uses a spelling the glossary says
 * to avoid.
 */
const terms = (YAML.parse(readFileSync(join(CONTENT, GLOSSARY_FILE), 'utf8')) as unknown[]).map((t) => glossaryTermSchema.parse(t));
const byLang = Object.fromEntries(LANGS.map((l) => [l, readQuestions(l)]));
const name = (q: { file: string }) => q.file.split('/').slice(-2).join('/');

describe('the glossary', () => {
  it('has the terms a reader searches for, and no cross-entry problems', () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
    expect(glossaryProblems(terms, byLang.zh!.map((q) => q.data.number))).toEqual([]);
  });

  it.each(terms.map((t) => [t.id, t] as const))('%s: each listed question mentions one of its names, in both languages', (_, term) => {
    for (const lang of LANGS) {
      for (const n of term.questions) {
        const q = byLang[lang]!.find((x) => x.data.number === n);
        if (!q) continue;
        const text = `${q.data.title}\n${q.data.short}\n${q.body}`.toLowerCase();
        expect(termNames(term).some((name) => text.includes(name.toLowerCase())), `${name(q)} should mention ${term[lang]}`).toBe(true);
      }
    }
  });
});

describe.each(LANGS)('%s pages use the glossary\'s preferred spellings', (lang) => {
  it.each(byLang[lang]!.map((q) => [name(q), q] as const))('%s', (_, q) => {
    expect(avoidedSpellings(`${q.data.title}\n${q.data.short}\n${q.body}`, lang, terms)).toEqual([]);
  });
});
