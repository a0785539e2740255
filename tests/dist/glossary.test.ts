import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { glossaryTermSchema } from '../../src/lib/glossary';
import { GLOSSARY_FILE } from '../../src/lib/content-layout';
import { LANGS, locale } from '../../src/lib/locales';
import { glossaryPath, questionPath, searchWordsPath } from '../../src/lib/urls';
import { CONTENT, DIST, readPage, requireDist } from '../helpers/dist';
import { parse } from '../helpers/html';

/**
 * The glossary as built: a page per language with every term under its stable #id,
 * its other-language name marked with that language, and links to its questions;
 * every question page carries its terms' names for the search index; and the search
 * vocabulary exists for each language.
 */
requireDist();
const terms = (YAML.parse(readFileSync(join(CONTENT, GLOSSARY_FILE), 'utf8')) as unknown[]).map((t) => glossaryTermSchema.parse(t));

describe.each(LANGS)('glossary (%s)', (lang) => {
  const doc = parse(readPage(glossaryPath(lang)));
  const other = LANGS.find((l) => l !== lang)!;

  it('has every term under its id, with a name, a definition and links to its questions', () => {
    for (const term of terms) {
      const section = doc.one((el) => el.attribs.id === term.id);
      expect(section, term.id).not.toBeNull();
      const text = doc.text(section);
      expect(text).toContain(term[lang]);
      expect(text).toContain(term.def[lang]);
      const hrefs = DomUtils.findAll((el) => el.name === 'a', section!.children).map((a) => a.attribs.href);
      expect(hrefs, term.id).toEqual(term.questions.map((n) => questionPath(lang, n)));
    }
  });

  it('marks the other language’s names with their lang', () => {
    const marked = doc.all((el) => el.attribs.lang === locale(other).htmlLang);
    expect(marked.length).toBeGreaterThanOrEqual(terms.filter((t) => t.zh !== t.en).length);
  });

  it('question pages carry their terms’ names for search, hidden from readers', () => {
    const term = terms.find((t) => t.abbr.length > 0)!;
    const page = parse(readPage(questionPath(lang, term.questions[0]!)));
    const hidden = page.all((el) => el.name === 'p' && el.attribs.hidden !== undefined && el.attribs['data-pagefind-weight'] !== undefined).map((el) => page.text(el));
    expect(hidden.join(' ')).toContain(term.abbr[0]);
    expect(hidden.join(' ')).toContain(term[other]);
  });

  it('has a search vocabulary with words and Chinese characters', () => {
    const vocab = JSON.parse(readFileSync(join(DIST, searchWordsPath(lang)), 'utf8')) as { words: string[]; han: string };
    expect(vocab.words.length).toBeGreaterThan(1000);
    expect(vocab.words).toContain('attention');
    expect(vocab.han.length).toBeGreaterThan(lang === 'zh' ? 1000 : 10);
  });
});
