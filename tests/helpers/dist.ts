import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
/** The content the site in dist/ was built from (the tests honour the build's QA_CONTENT_DIR). */
export const CONTENT = resolve(ROOT, process.env.QA_CONTENT_DIR ?? 'content');

export function requireDist(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no built site: run \`npm run build\` first (npm test does).`);
  }
}

export function readPage(sitePath: string, dir = DIST): string {
  const file = sitePath.endsWith('/') ? join(dir, sitePath, 'index.html') : join(dir, sitePath);
  return readFileSync(file, 'utf8');
}

/** Question numbers that have a content file in a language folder, sorted. */
export function contentNumbers(lang: string, content = CONTENT): number[] {
  const dir = join(content, 'questions', lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => Number(f.replace(/\.mdx$/, '')))
    .sort((a, b) => a - b);
}

/**
 * The environment for a child `astro build`: without the variables Vitest sets for
 * itself (BASE_URL, MODE, NODE_ENV, …), which Astro would otherwise pick up.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}
