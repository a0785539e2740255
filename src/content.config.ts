import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { questionSchema } from './lib/question-schema';
import { glossaryTermSchema } from './lib/glossary';
import { CONTENT_ROOT, GLOSSARY_FILE, PAGES_FOLDER, QUESTION_FILES, QUESTIONS_FOLDER } from './lib/content-layout';

/**
 * `QA_CONTENT_DIR` lets the tests build the site from small fixture folders (bad
 * frontmatter, duplicate numbers, …) without touching the real content.
 */
const contentDir = process.env.QA_CONTENT_DIR ?? `./${CONTENT_ROOT}`;

const questions = defineCollection({
  loader: glob({ pattern: QUESTION_FILES, base: `${contentDir}/${QUESTIONS_FOLDER}` }),
  schema: questionSchema,
});

/** Prose pages (about), one MDX file per language; no frontmatter. */
const pages = defineCollection({
  loader: glob({ pattern: QUESTION_FILES, base: `${contentDir}/${PAGES_FOLDER}` }),
  schema: z.object({}).strict(),
});

/** The bilingual glossary: one YAML list, one entry per term (lib/glossary.ts). */
const glossary = defineCollection({
  loader: file(`${contentDir}/${GLOSSARY_FILE}`),
  schema: glossaryTermSchema,
});

export const collections = { questions, pages, glossary };
