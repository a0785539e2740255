/**
 * The bilingual glossary (content/glossary.yaml): its schema, and what the site
 * derives from it — the terms a question page adds to the search index, the order
 * of the glossary page, and the spellings a page must not use.
 */
import { z } from 'astro/zod';
import type { Lang } from './locales';

const perLang = <T extends z.ZodTypeAny>(t: T) => z.object({ zh: t, en: t }).strict();

export const glossaryTermSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens (they are #anchors)'),
    zh: z.string().min(1),
    en: z.string().min(1),
    abbr: z.array(z.string().min(1)).default([]),
    aliases: z.array(z.string().min(1)).default([]),
    avoid: z.object({ zh: z.array(z.string().min(1)).default([]), en: z.array(z.string().min(1)).default([]) }).strict().default({ zh: [], en: [] }),
    def: perLang(z.string().min(8)),
    questions: z.array(z.number().int().positive()).min(1),
  })
  .strict();

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

/** How a page's glossary names are joined in its hidden search block (search-results.ts spots it). */
export const ALIAS_SEPARATOR = ' · ';

/** Every name a reader may type for a term, in either language, without repeats. */
export function termNames(term: GlossaryTerm): string[] {
  return [...new Set([term.zh, term.en, ...term.abbr, ...term.aliases, ...term.avoid.zh, ...term.avoid.en])];
}

/**
 * Pagefind weights of a page's glossary names. The main question gets the highest
 * weight Pagefind allows (10, above a title's 7): otherwise a page that uses an
 * abbreviation in passing many times (MHA on the MQA/GQA page) outranks the page
 * that explains it.
 */
export const ALIAS_WEIGHT = { main: '10', also: '2' } as const;

export interface SearchAliases {
  /** Names of the terms this question is the main explanation of. */
  main: string[];
  /** Names of the terms it also explains. */
  also: string[];
}

/**
 * What a question page adds to the search index so an abbreviation or the other
 * language's name finds it: the question that is a term's main explanation gets
 * the term's names at a high weight, the others at a lower one.
 */
export function searchAliasesFor(number: number, terms: readonly GlossaryTerm[]): SearchAliases {
  const main = terms.filter((t) => t.questions[0] === number).flatMap(termNames);
  const also = terms.filter((t) => t.questions.indexOf(number) > 0).flatMap(termNames);
  return { main: [...new Set(main)], also: [...new Set(also)].filter((n) => !main.includes(n)) };
}

/** The glossary page's order: the page language's names, by its collation (pinyin for Chinese). */
export function sortTerms(terms: readonly GlossaryTerm[], lang: Lang): GlossaryTerm[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base', numeric: true });
  return [...terms].sort((a, b) => collator.compare(a[lang], b[lang]));
}

/** Cross-entry problems the schema cannot see. `numbers` are the questions that exist. */
export function glossaryProblems(terms: readonly GlossaryTerm[], numbers: readonly number[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const t of terms) {
    if (seen.has(t.id)) problems.push(`${t.id}: the id is used twice`);
    seen.add(t.id);
    for (const n of t.questions) if (!numbers.includes(n)) problems.push(`${t.id}: question ${n} does not exist`);
    if (new Set(t.questions).size !== t.questions.length) problems.push(`${t.id}: a question is listed twice`);
  }
  return problems;
}

export interface AvoidedSpelling {
  found: string;
  preferred: string;
  term: string;
}

/** Prose only: code, inline code, math and link targets are not spelling. */
function prose(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Spellings the glossary says to avoid, found in a page's prose. Latin spellings
 * match as whole words and case-sensitively ("Layer Norm", not "Layer Normalization").
 */
export function avoidedSpellings(text: string, lang: Lang, terms: readonly GlossaryTerm[]): AvoidedSpelling[] {
  const body = prose(text);
  const found: AvoidedSpelling[] = [];
  for (const t of terms) {
    for (const spelling of t.avoid[lang]) {
      const re = /^[\x20-\x7e]+$/.test(spelling) ? new RegExp(`(?<![\\w-])${escape(spelling)}(?![\\w-])`) : new RegExp(escape(spelling));
      if (re.test(body)) found.push({ found: spelling, preferred: t[lang], term: t.id });
    }
  }
  return found;
}
