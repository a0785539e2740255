import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_STYLES_PATH, sharedStyleRegistry } from '../lib/style-classes';

/**
 * Writes the stylesheet of classes that replaced KaTeX's and Shiki's inline styles
 * (built pages link it), and serves it live in `astro dev`.
 */
export function contentStyles(): AstroIntegration {
  const registry = sharedStyleRegistry();
  return {
    name: 'qa-content-styles',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (!req.url?.endsWith(CONTENT_STYLES_PATH)) return next();
          res.setHeader('content-type', 'text/css; charset=utf-8');
          res.end(registry.css());
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const file = join(fileURLToPath(dir), CONTENT_STYLES_PATH);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, registry.css());
        logger.info(`${registry.size} inline styles moved to ${CONTENT_STYLES_PATH}`);
      },
    },
  };
}
