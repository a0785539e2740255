import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/integrations/link-check';
import { DIST, requireDist } from '../helpers/dist';
import { scriptsAtLoad } from '../helpers/scripts-at-load';

/**
 * A question page runs at most 2 KB (gzip) of JavaScript before the reader acts:
 * the pre-paint script and one boot script. Search, the study tools, the rating and
 * the shortcuts' actions load on first use.
 */
requireDist();
const questionPages = [...htmlFiles(DIST)].filter((f) => /[\\/]questions[\\/]\d+[\\/]index\.html$/.test(f));

describe('JavaScript a question page runs at load', () => {
  it('covers every question page', () => {
    expect(questionPages.length).toBeGreaterThanOrEqual(10);
  });
  it.each(questionPages.map((f) => [f.slice(DIST.length)]))('%s: at most 2 KB gzip, and no tool that loads on use', (page) => {
    const scripts = scriptsAtLoad(DIST, readFileSync(DIST + page, 'utf8'));
    const total = scripts.reduce((s, f) => s + f.gzip, 0);
    expect(total, JSON.stringify(scripts)).toBeLessThanOrEqual(2048);
    expect(scripts.map((s) => s.path).filter((p) => /[\\/](study|rating|search|search-interpret|shortcut-actions|toc|highlight|report-link|scroll-boxes)\.[\w-]+\.js$/.test(p))).toEqual([]);
  });
});
