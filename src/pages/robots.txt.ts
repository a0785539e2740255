import type { APIContext } from 'astro';
import { urlWithBase } from '../utils/base';

export function GET(context: APIContext): Response {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urlWithBase('/sitemap-index.xml', context.site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
