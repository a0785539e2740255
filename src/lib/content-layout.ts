/**
 * Where the content lives: `content/questions/<language>/<NNN>.mdx`. The collection,
 * the error messages that name a file to edit, and the tests all read it from here.
 */
export const CONTENT_ROOT = 'content';
export const QUESTIONS_FOLDER = 'questions';
/** Pages other than questions (the about page), one file per language: `pages/<lang>/about.mdx`. */
export const PAGES_FOLDER = 'pages';
/** The bilingual glossary, one YAML list for both languages. */
export const GLOSSARY_FILE = 'glossary.yaml';
/** Every language folder; a folder that is not a language of the site fails the build. */
export const QUESTION_FILES = '*/*.mdx';

/** Collection entry id of a question: `zh/046` (three digits at least). */
export function entryIdFor(lang: string, n: number): string {
  return `${lang}/${String(n).padStart(3, '0')}`;
}

/** The file an author edits for a question (by number) or a page (by name), relative to the project. */
export function contentFileFor(lang: string, name: number | string, folder = QUESTIONS_FOLDER): string {
  const id = typeof name === 'number' ? entryIdFor(lang, name) : `${lang}/${name}`;
  return `${CONTENT_ROOT}/${folder}/${id}.mdx`;
}
