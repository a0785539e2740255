import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Origin plus base, e.g. `http://127.0.0.1:41234/` or `…/transformer-qa/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: directory index files, a redirect
 * from `/x` to `/x/`, and only under `base`. A missing address gets the nearest
 * `404.html` up its folders (Cloudflare Pages, and nginx as the README configures it),
 * or with `notFound: 'root'` only the site's top one (GitHub Pages).
 * Extra headers (e.g. a Content-Security-Policy) can be added to every response. With
 * `gzip`, text goes out compressed to a client that accepts it, as from a real host
 * (Lighthouse's throttled network would otherwise time the uncompressed bytes).
 */
export async function serveDist(
  dir: string,
  base = '/',
  headers: Record<string, string> = {},
  options: { notFound?: 'nearest' | 'root'; gzip?: boolean } = {},
): Promise<StaticServer> {
  // Not lib/urls' normalizeBase: the benchmark runs this file under plain Node, which
  // cannot resolve the project's extensionless imports.
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, file: string) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const compress = options.gzip && /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
      res.writeHead(status, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}), ...headers });
      res.end(compress ? gzipSync(readFileSync(file)) : readFileSync(file));
    };
    const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    const notFound = () => {
      const folders = url.pathname.startsWith(prefix) && !rel.startsWith('..') && options.notFound !== 'root' ? rel.split('/').slice(0, -1) : [];
      for (let i = folders.length; i >= 0; i--) {
        const page = join(dir, ...folders.slice(0, i), '404.html');
        if (existsSync(page)) return send(404, page);
      }
      return send(404, join(dir, '404.html'));
    };
    if (!url.pathname.startsWith(prefix)) return notFound();
    if (rel.startsWith('..')) return notFound();
    let file = join(dir, rel);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    send(200, file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
