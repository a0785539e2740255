import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { CONTENT } from './dist';
import { QUESTIONS_FOLDER } from '../../src/lib/content-layout';
import type { Lang } from '../../src/lib/locales';

export interface SourceQuestion {
  file: string;
  lang: Lang;
  data: Record<string, unknown> & { number: number; short: string; related: number[]; title: string };
  body: string;
  /** Section ids in the order the `<h2 id>` headings appear. */
  sections: string[];
}

/** Reads the question MDX sources of one language straight from disk. */
export function readQuestions(lang: Lang, content = CONTENT): SourceQuestion[] {
  const dir = join(content, QUESTIONS_FOLDER, lang);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  return files.map((name) => {
    const file = join(dir, name);
    const source = readFileSync(file, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
    if (!match) throw new Error(`${file}: no frontmatter`);
    return {
      file,
      lang,
      data: YAML.parse(match[1]!),
      body: source.slice(match[0].length),
      sections: [...source.matchAll(/^<h2 id="([^"]+)">/gm)].map((m) => m[1]!),
    };
  });
}

/** The text of one section: from its heading to the next `<h2`. */
export function sectionText(q: SourceQuestion, id: string): string {
  const start = q.body.indexOf(`<h2 id="${id}">`);
  if (start === -1) return '';
  const end = q.body.indexOf('<h2 ', start + 1);
  return q.body.slice(start, end === -1 ? undefined : end);
}
