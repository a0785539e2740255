import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONTENT_ROOT, QUESTIONS_FOLDER } from '../../src/lib/content-layout';
import { DEFAULT_LANG } from '../../src/lib/locales';
import { bookPdfPath } from '../../src/lib/urls';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
/** The content the site in dist/ was built from (the tests honour the build's QA_CONTENT_DIR). */
export const CONTENT = resolve(ROOT, process.env.QA_CONTENT_DIR ?? CONTENT_ROOT);

export function requireDist(dir = DIST): void {
  if (dir === DIST) ensureDist();
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
 * Runs `fn` while holding the build lock. Astro writes its prerender chunks into the
 * output folder and the content cache into the project, so two builds at once (test
 * files in parallel, or two test runs) would overwrite each other's files: builds take
 * turns through a lock folder (mkdir is atomic across processes).
 */
export function withBuildLock<T>(fn: () => T): T {
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
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Runs `astro build` for a test, taking turns with every other build. */
export function astroBuild(args: string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return withBuildLock(() => spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 }));
}

/** What dist/ is built from: any change to these, or another content folder, makes it stale. */
const SOURCES = () => [join(ROOT, 'src'), join(ROOT, 'public'), CONTENT, join(ROOT, 'astro.config.mjs'), join(ROOT, 'package-lock.json')];
/**
 * Written after a complete build (Astro, Pagefind, then the service worker): the
 * fingerprint of what dist/ was built from. Kept outside dist/, which is published.
 */
const STAMP = join(ROOT, 'node_modules/.cache/qa-dist-built-from');
/** The build's last step writes the offline worker (src/build/service-worker.ts). */
const COMPLETE = join(DIST, 'sw.js');
/** The tests read the book's PDF: a dist/ built without it (a plain `npm run build`) is rebuilt. */
const PDF = join(DIST, bookPdfPath(DEFAULT_LANG));

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  return statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => files(join(path, name))) : [path];
}

/** Path, size and modification time of every source file: cheap, and changes with any edit. */
function fingerprint(): string {
  const h = createHash('sha256');
  for (const f of SOURCES().flatMap(files)) {
    const s = statSync(f);
    h.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return h.digest('hex');
}

const fresh = () => existsSync(COMPLETE) && existsSync(PDF) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint();

/**
 * Builds dist/ (astro build with the book's PDF, then Pagefind) once, when it is missing or older than the
 * sources, so a test never reads a stale site. The first test file that needs it
 * builds it; the others wait for the lock and find it fresh.
 */
export function ensureDist(): void {
  if (fresh()) return;
  withBuildLock(() => {
    if (fresh()) return;
    console.log('dist/ is missing or older than the sources: building it (npm run build)');
    // A worker left by an earlier build would mark the new one complete.
    rmSync(COMPLETE, { force: true });
    const run = spawnSync('npm', ['run', 'build'], { cwd: ROOT, env: buildEnv({ BOOK_PDF: '1' }), encoding: 'utf8', timeout: 600_000 });
    if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status}):\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
    mkdirSync(dirname(STAMP), { recursive: true });
    writeFileSync(STAMP, fingerprint());
  });
}
