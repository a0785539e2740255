import { absoluteUrl, withBase } from '../lib/urls';

/**
 * Internal URLs for components and routes: every one goes through Astro's `base`, so
 * a sub-path deploy works. The pure `withBase(path, base)` in lib/urls serves the
 * integrations and the tests, which are handed the base explicitly.
 */
export const BASE = import.meta.env.BASE_URL;
export const pathWithBase = (path: string) => withBase(path, BASE);
/** Absolute URL on the public origin (canonical links, feeds, link previews). */
export const urlWithBase = (path: string, site: URL | undefined) => absoluteUrl(path, site, BASE);
