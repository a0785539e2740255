/**
 * The site's Content-Security-Policy: nothing inline, nothing from other origins.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it does
 * not allow eval() of JavaScript.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** Directives a `<meta>` policy may not carry (browsers ignore them there and warn). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

export function cspHeader(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

export function cspMeta(): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([k]) => !HEADER_ONLY.has(k))
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}
