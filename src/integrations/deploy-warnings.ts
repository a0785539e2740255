import type { AstroIntegration } from 'astro';
import { siteUrlWarning } from '../lib/deploy';

/** Says loudly, at the start of a build, when the deploy settings would publish a broken site. */
export function deployWarnings(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'qa-deploy-warnings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = siteUrlWarning(siteUrl);
        if (warning) for (const line of ['!'.repeat(72), ...warning.split('\n'), '!'.repeat(72)]) logger.warn(line);
      },
    },
  };
}
