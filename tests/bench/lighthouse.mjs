// Lighthouse (mobile, its default) on a built site, with the Chromium the tests use.
// Lighthouse comes with the bench's peer folder (tests/bench/starlight), not with the site.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const PEER = resolve(import.meta.dirname, 'starlight');

/** Scores (0-100) and CLS for each URL, one fresh Chromium per run. */
export async function lighthouseScores(urls) {
  const { default: lighthouse } = await import(resolve(PEER, 'node_modules/lighthouse/core/index.js'));
  const chromium = (await import('@sparticuz/chromium')).default;
  const out = {};
  for (const url of urls) {
    const port = 9300 + Math.floor(Math.random() * 500);
    const browser = spawn(await chromium.executablePath(), ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', `--remote-debugging-port=${port}`, 'about:blank'], { stdio: 'ignore' });
    try {
      await waitForPort(port);
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const lhr = result.lhr;
      out[url] = {
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
        seo: Math.round(lhr.categories.seo.score * 100),
        cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      };
    } finally {
      browser.kill('SIGKILL');
    }
  }
  return out;
}

async function waitForPort(port) {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Chromium did not open its debugging port ${port}`);
}
