import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DIFFICULTIES, TAGS } from './lib/taxonomy';
import { CONTENT_ROOT, PAGES_FOLDER, QUESTION_FILES, QUESTIONS_FOLDER } from './lib/content-layout';

/**
 * `QA_CONTENT_DIR` lets the tests build the site from small fixture folders (bad
 * frontmatter, duplicate numbers, …) without touching the real content.
 */
const contentDir = process.env.QA_CONTENT_DIR ?? `./${CONTENT_ROOT}`;

/** Frontmatter of one question, per language. Unknown keys are an error: a typo must not pass silently. */
export const questionSchema = z
  .object({
    number: z.number().int().positive(),
    title: z.string().min(4),
    short: z.string().min(20).max(400),
    tags: z.array(z.enum(TAGS)).min(1).max(5),
    difficulty: z.enum(DIFFICULTIES),
    related: z.array(z.number().int().positive()).max(6).default([]),
  })
  .strict();

const questions = defineCollection({
  loader: glob({ pattern: QUESTION_FILES, base: `${contentDir}/${QUESTIONS_FOLDER}` }),
  schema: questionSchema,
});

/** Prose pages (about), one MDX file per language; no frontmatter. */
const pages = defineCollection({
  loader: glob({ pattern: QUESTION_FILES, base: `${contentDir}/${PAGES_FOLDER}` }),
  schema: z.object({}).strict(),
});

export const collections = { questions, pages };
