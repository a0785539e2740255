import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The scripts a built page runs before the reader does anything: its `<script src>`
 * files and, transitively, their static imports (dynamic `import()` is loaded on use,
 * so it is not followed). Sizes are gzip level 9, as a host would send them.
 */
export function scriptsAtLoad(dist: string, html: string): { path: string; gzip: number }[] {
  const seen = new Map<string, number>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    const source = readFileSync(join(dist, path));
    seen.set(path, gzipSync(source, { level: 9 }).length);
    // Static imports of the minified output: `import{a as b}from"./x.js"` or `import"./x.js"`.
    for (const m of source.toString().matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w{}\s,*$]+from\s*)?["'](\.\/[^"']+)["']/g)) {
      visit(path.replace(/[^/]+$/, '') + m[1]!.slice(2));
    }
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) visit(m[1]!);
  return [...seen].map(([path, gzip]) => ({ path, gzip }));
}
