import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../lib/urls';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHeader } from '../lib/csp';

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

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
        const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
        writeFileSync(join(fileURLToPath(dir), '_headers'), `${base}*\n${lines.join('\n')}\n`);
      },
    },
  };
}
