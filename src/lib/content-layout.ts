/**
 * Where the content lives: `content/questions/<language>/<NNN>.mdx`. The collection,
 * the error messages that name a file to edit, and the tests all read it from here.
 */
export const CONTENT_ROOT = 'content';
export const QUESTIONS_FOLDER = 'questions';
/** Every language folder; a folder that is not a language of the site fails the build. */
export const QUESTION_FILES = '*/*.mdx';

/** Collection entry id of a question: `zh/046` (three digits at least). */
export function entryIdFor(lang: string, n: number): string {
  return `${lang}/${String(n).padStart(3, '0')}`;
}

/** The file an author edits for a question, relative to the project. */
export const contentFileFor = (lang: string, n: number) => `${CONTENT_ROOT}/${QUESTIONS_FOLDER}/${entryIdFor(lang, n)}.mdx`;
