import type { Plugin } from 'vite';

// Vite's id for the module it wraps every dynamic import in.
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each dynamic `import()` in a helper (about 0.9 KB gzip) that preloads the
 * imported chunk's own imports and stylesheets in parallel. This site's lazily loaded
 * scripts import no CSS, and the helper alone would be almost half of the 2 KB a
 * question page may run at load. Replacing it with a plain call costs one round trip
 * on a tool's first use (the chunk's imports are fetched once the chunk is read) and
 * keeps the helper out of every page.
 */
export function leanDynamicImports(): Plugin {
  return {
    name: 'qa-lean-dynamic-imports',
    enforce: 'pre',
    // Astro's build config sets its own modulePreload over the user's; no list of
    // dependencies to preload is written into the pages' scripts either.
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false } };
      return undefined;
    },
    load(id) {
      if (id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
  };
}
