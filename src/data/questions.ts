import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { entryIdFor } from '../lib/content-layout';
import { oneSidedRelated, shortAnswerProblem } from '../lib/content-rules';
import { seriesProblems, sortByNumber } from '../lib/series';
import { isLang, LANGS, type Lang } from '../lib/locales';
import { figureProblem, figureUses } from '../lib/figures';

// Names only: the drawings themselves load where a page renders them.
const DRAWINGS = Object.keys(import.meta.glob('../figures/*.astro')).map((path) => path.replace(/^.*\/(.*)\.astro$/, '$1'));

export type QuestionEntry = CollectionEntry<'questions'>;
export interface Question {
  number: number;
  lang: Lang;
  entry: QuestionEntry;
  data: QuestionEntry['data'];
}

const HINT = 'See shared/CONTENT.md for the content standard, and README.md "Adding a question" for the file format.';

function fail(problems: string[]): never {
  throw new AstroError(`Content problems:\n  ${problems.join('\n  ')}`, HINT);
}

const cache = new Map<Lang, Promise<Question[]>>();

async function load(lang: Lang): Promise<Question[]> {
  const all = await getCollection('questions');
  const strays = all.filter((e) => !isLang(e.id.split('/')[0]!)).map((e) => e.filePath ?? e.id);
  if (strays.length > 0) fail(strays.map((f) => `${f}: not in a language folder (${LANGS.join(', ')})`));
  const entries = all.filter((e) => e.id.startsWith(`${lang}/`));
  const questions = entries.map((entry) => ({ number: entry.data.number, lang, entry, data: entry.data }));
  const sourced = questions.map((q) => ({ number: q.number, related: q.data.related, file: q.entry.filePath ?? q.entry.id }));
  // What one file's schema cannot see: its language's rules, and the other files.
  const problems = [...seriesProblems(sourced), ...oneSidedRelated(sourced)];
  for (const q of questions) {
    const file = q.entry.filePath ?? q.entry.id;
    const expected = entryIdFor(lang, q.number);
    if (q.entry.id !== expected) problems.push(`${file}: number ${q.number} does not match the file name (expected ${expected}.mdx)`);
    const short = shortAnswerProblem(q.data.short, lang);
    if (short) problems.push(`${file}: ${short}`);
    const ids = new Set<string>();
    for (const use of figureUses(q.entry.body ?? '')) {
      const problem = figureProblem(use, DRAWINGS);
      if (problem) problems.push(`${file}: <Figure>: ${problem}`);
      if (use.id && ids.has(use.id)) problems.push(`${file}: two figures have the id "${use.id}"`);
      if (use.id) ids.add(use.id);
    }
  }
  if (problems.length > 0) fail(problems);
  return sortByNumber(questions);
}

/** All questions of one language, sorted by number and checked for cross-file problems. */
export function getQuestions(lang: Lang): Promise<Question[]> {
  let p = cache.get(lang);
  if (!p) cache.set(lang, (p = load(lang)));
  return p;
}
