import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../lib/urls';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHeader } from '../lib/csp';
import { WORKER_FILE } from '../lib/offline';

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * The offline worker (written after the build, src/build/service-worker.ts) must be
 * revalidated on every check, or a deploy could reach readers a day late. Browsers
 * skip the HTTP cache for it anyway; this covers older ones and proxies.
 */
export const WORKER_HEADERS: Record<string, string> = { 'Cache-Control': 'no-cache' };

/** Writes `_headers` (Netlify, Cloudflare Pages) so hosts that read it send the real CSP header. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'qa-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir }) => {
        const block = (path: string, headers: Record<string, string>) => `${path}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
        writeFileSync(join(fileURLToPath(dir), '_headers'), block(`${base}*`, SECURITY_HEADERS) + block(`${base}${WORKER_FILE}`, WORKER_HEADERS));
      },
    },
  };
}
