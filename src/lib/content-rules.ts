import { locale, LOCALES, type Lang } from './locales';

/**
 * The content standard's rules for one question's front matter that depend on its
 * language (shared/CONTENT.md). The build enforces them through the data layer, and
 * the content tests call the same functions, so `npm run build` and `npm test` agree.
 */

/** How many related questions a page lists (and each lists it back). */
export const RELATED = { min: 2, max: 4 } as const;

/** The schema's language-blind bounds on the short answer: the loosest of the locale table's. */
export const SHORT_BOUNDS = {
  min: Math.min(...LOCALES.map((l) => l.shortAnswer.min)),
  max: Math.max(...LOCALES.map((l) => l.shortAnswer.max)),
};

/** Sentences of a short answer: split after 。！？.!? (so "et al." counts as a sentence end). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[。！？.!?])\s*/).filter((s) => s.trim().length > 0);
}

/** What is wrong with a short answer, or null: one to three sentences, a length for its language. */
export function shortAnswerProblem(short: string, lang: Lang): string | null {
  const n = sentences(short).length;
  if (n < 1 || n > 3) return `the short answer has ${n} sentences; it needs one to three (a period inside "et al." counts)`;
  const { min, max } = locale(lang).shortAnswer;
  if (short.length < min || short.length > max) return `the short answer is ${short.length} characters; ${lang} needs ${min} to ${max}`;
  return null;
}

export interface Relations {
  number: number;
  related: readonly number[];
  file: string;
}

/** Related links that are not listed back, named by file, for the build's error. */
export function oneSidedRelated(questions: readonly Relations[]): string[] {
  const byNumber = new Map(questions.map((q) => [q.number, q]));
  const problems: string[] = [];
  for (const q of questions) {
    for (const r of q.related) {
      const other = byNumber.get(r);
      if (other && !other.related.includes(q.number)) problems.push(`${q.file}: lists ${r} as related, but ${other.file} does not list ${q.number} back`);
    }
  }
  return problems;
}
