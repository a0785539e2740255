import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_ROOT, QUESTIONS_FOLDER } from '../../src/lib/content-layout';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
/** The content the site in dist/ was built from (the tests honour the build's QA_CONTENT_DIR). */
export const CONTENT = resolve(ROOT, process.env.QA_CONTENT_DIR ?? CONTENT_ROOT);

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
  const dir = join(content, QUESTIONS_FOLDER, lang);
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
  // Link-preview cards are cached by their text: every test build shares one cache.
  const env: NodeJS.ProcessEnv = { QA_CARD_CACHE_DIR: join(ROOT, 'node_modules/.cache/qa-og-cards'), ...process.env, ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/**
 * Runs `astro build` for a test. Astro writes its prerender chunks to the project's
 * own `.astro/` folder whatever the output folder, so two builds at once would
 * overwrite each other's chunks: test files running in parallel take turns through
 * a lock folder (mkdir is atomic across processes).
 */
export function astroBuild(args: string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  const lock = join(ROOT, 'node_modules/.qa-astro-build.lock');
  const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  for (const deadline = Date.now() + 15 * 60_000; ; sleep(250)) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed test run is stale after ten minutes.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
    }
  }
  try {
    return spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
