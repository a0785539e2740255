import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild, buildEnv, ROOT } from './dist';
import { QUESTIONS_FOLDER } from '../../src/lib/content-layout';

export const GOOD_FIXTURE = join(ROOT, 'tests/fixtures/good');

export interface FixtureBuild {
  ok: boolean;
  output: string;
  outDir: string;
  cleanup(): void;
}

/**
 * Builds the site from a copy of the good fixture with some files replaced or
 * removed (`null`), in temporary folders, and returns what `astro build` printed.
 */
export function buildFixture(changes: Record<string, string | ((original: string) => string) | null>, extraEnv: Record<string, string> = {}): FixtureBuild {
  const tmp = mkdtempSync(join(tmpdir(), 'qa-fixture-'));
  const content = join(tmp, 'content');
  cpSync(GOOD_FIXTURE, content, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const path = join(content, QUESTIONS_FOLDER, file);
    if (change === null) rmSync(path);
    else writeFileSync(path, typeof change === 'function' ? change(readFileSync(path, 'utf8')) : change);
  }
  const outDir = join(tmp, 'dist');
  const env = buildEnv({ QA_CONTENT_DIR: content, QA_CACHE_DIR: join(tmp, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' });
  // A fixture is built as for a local preview, whatever the shell running the tests sets,
  // unless the test asks otherwise.
  delete env.SITE_URL;
  delete env.BASE_PATH;
  delete env.BOOK_PDF;
  Object.assign(env, extraEnv);
  const result = astroBuild(['--outDir', outDir], env);
  return {
    ok: result.status === 0,
    // Astro colours some messages even without a TTY; strip the escapes for matching.
    output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
    outDir,
    cleanup: () => rmSync(tmp, { recursive: true, force: true }),
  };
}
