import { getCollection, type CollectionEntry } from 'astro:content';
import { entryIdFor } from '../lib/content-layout';
import { seriesProblems, sortByNumber } from '../lib/series';
import { isLang, LANGS, type Lang } from '../lib/locales';

export type QuestionEntry = CollectionEntry<'questions'>;
export interface Question {
  number: number;
  lang: Lang;
  entry: QuestionEntry;
  data: QuestionEntry['data'];
}

const cache = new Map<Lang, Promise<Question[]>>();

async function load(lang: Lang): Promise<Question[]> {
  const all = await getCollection('questions');
  const strays = all.filter((e) => !isLang(e.id.split('/')[0]!)).map((e) => e.filePath ?? e.id);
  if (strays.length > 0) {
    throw new Error(`Content problems:\n  ${strays.map((f) => `${f}: not in a language folder (${LANGS.join(', ')})`).join('\n  ')}`);
  }
  const entries = all.filter((e) => e.id.startsWith(`${lang}/`));
  const questions = entries.map((entry) => ({ number: entry.data.number, lang, entry, data: entry.data }));
  const problems = seriesProblems(
    questions.map((q) => ({ number: q.number, related: q.data.related, file: q.entry.filePath ?? q.entry.id })),
  );
  for (const q of questions) {
    const expected = entryIdFor(lang, q.number);
    if (q.entry.id !== expected) {
      problems.push(`${q.entry.filePath}: number ${q.number} does not match the file name (expected ${expected}.mdx)`);
    }
  }
  if (problems.length > 0) throw new Error(`Content problems:\n  ${problems.join('\n  ')}`);
  return sortByNumber(questions);
}

/** All questions of one language, sorted by number and checked for cross-file problems. */
export function getQuestions(lang: Lang): Promise<Question[]> {
  let p = cache.get(lang);
  if (!p) cache.set(lang, (p = load(lang)));
  return p;
}
