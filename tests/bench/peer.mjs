// The peer site npm run bench builds in the same run: Astro Starlight (with KaTeX) on
// the same generated series. It lives in its own folder with its own package.json and
// lock file, installed on first use, so the site's own dependencies stay its own.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PEER = resolve(import.meta.dirname, 'starlight');

export function ensurePeerInstalled() {
  if (existsSync(join(PEER, 'node_modules/.bin/astro'))) return;
  console.log('Installing the Starlight peer (first use)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('installing the Starlight peer failed');
}

/**
 * A Starlight project whose docs are the generated questions in `content`. It is built
 * inside the peer's folder (git-ignored `site/`), where Node finds the peer's
 * node_modules; a symlinked node_modules confuses Astro's module ids.
 */
export function preparePeer(content) {
  const dir = join(PEER, 'site');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(PEER, 'template'), dir, { recursive: true });
  const docs = join(dir, 'src/content/docs');
  mkdirSync(join(docs, 'questions'), { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Transformer 面试题总结\n---\n\n合成系列。\n');
  const source = join(content, 'questions/zh');
  for (const file of readdirSync(source)) {
    const text = readFileSync(join(source, file), 'utf8');
    const title = /^title: (.*)$/m.exec(text)[1];
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    // Starlight's schema wants a title; the rest of this site's frontmatter it ignores.
    writeFileSync(join(docs, 'questions', `${Number(file.slice(0, 3))}.mdx`), `---\ntitle: ${title}\n---\n${body}`);
  }
  return { dir, astro: join(PEER, 'node_modules/.bin/astro') };
}
