import { z } from 'astro/zod';
import { DIFFICULTIES, TAGS } from './taxonomy';
import { RELATED, SHORT_BOUNDS } from './content-rules';

/** Frontmatter of one question, per language. Unknown keys are an error: a typo must not pass silently. */
export const questionSchema = z
  .object({
    number: z.number().int().positive(),
    title: z.string().min(4),
    // Per-language length and sentence count: lib/content-rules.ts, checked by the data layer.
    short: z.string().min(SHORT_BOUNDS.min).max(SHORT_BOUNDS.max),
    tags: z.array(z.enum(TAGS)).min(1).max(5),
    difficulty: z.enum(DIFFICULTIES),
    related: z.array(z.number().int().positive()).min(RELATED.min).max(RELATED.max),
  })
  .strict();
