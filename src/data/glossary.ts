import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { glossaryProblems, type GlossaryTerm } from '../lib/glossary';
import { CONTENT_ROOT, GLOSSARY_FILE } from '../lib/content-layout';
import { getQuestions } from './questions';

let cache: Promise<GlossaryTerm[]> | undefined;

async function load(): Promise<GlossaryTerm[]> {
  const terms = (await getCollection('glossary')).map((e) => e.data);
  const numbers = (await getQuestions('zh')).map((q) => q.number);
  const problems = glossaryProblems(terms, numbers);
  if (problems.length > 0) throw new AstroError(`${CONTENT_ROOT}/${GLOSSARY_FILE}:\n  ${problems.join('\n  ')}`, 'Each glossary entry lists questions that exist, once each, under a unique id.');
  return terms;
}

/** The glossary terms in file order, checked against the questions that exist. */
export function getGlossary(): Promise<GlossaryTerm[]> {
  return (cache ??= load());
}
