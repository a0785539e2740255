// npm run bench: builds a synthetic 1,000-question series and measures what a reader
// downloads and what the build costs. Prints a table and writes test-results/bench.json.
// Figures are for comparison within one run on one machine, not absolute truths.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSeries } from './generate.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const COUNT = Number(process.env.BENCH_COUNT ?? 1000);
const SAMPLE = Math.ceil(COUNT / 2);
const tmp = mkdtempSync(join(tmpdir(), 'qa-bench-'));
const out = join(tmp, 'dist');
const kb = (n) => Math.round(n / 102.4) / 10;

function timed(label, cmd, args, env) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) {
    console.error(r.stdout.slice(-4000), r.stderr.slice(-4000));
    throw new Error(`${label} failed`);
  }
  const peakKb = Number(r.stderr.trim().split('\n').at(-1));
  return { seconds: Math.round(seconds * 10) / 10, peakMemoryMb: Math.round(peakKb / 1024) };
}

function dirBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? dirBytes(p) : s.size;
  }
  return total;
}

/** Loads a page in Chromium and records every response; then does a first search. */
async function measureInBrowser(base, path) {
  const { serveDist } = await import('../helpers/static-server.ts');
  const { launchBrowser } = await import('../helpers/browser.ts');
  const server = await serveDist(out, '/');
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const responses = [];
  let phase = 'load';
  page.on('response', async (res) => {
    const entry = { phase, url: res.url(), type: res.request().resourceType() };
    responses.push(entry);
    try {
      const body = await res.body();
      entry.raw = body.length;
      // What a host with gzip sends for text; woff2 and wasm are sent as they are.
      entry.gzip = /\.(woff2|wasm|pf_\w+|png)$/.test(entry.url) || entry.url.includes('/pagefind/') && !/\.(js|json|css)$/.test(entry.url) ? body.length : gzipSync(body, { level: 9 }).length;
    } catch {
      entry.raw = entry.gzip = 0;
    }
  });
  await page.goto(`${server.url}${path.slice(1)}`);
  await page.waitForLoadState('networkidle');
  const scriptsRun = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js')).map((e) => e.name));
  phase = 'search';
  await page.getByRole('searchbox').first().fill('softmax');
  await page.locator('.search__results .result').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await browser.close();
  await server.close();
  const sum = (list, key) => list.reduce((s, r) => s + (r[key] ?? 0), 0);
  const load = responses.filter((r) => r.phase === 'load');
  const search = responses.filter((r) => r.phase === 'search');
  const of = (types) => load.filter((r) => types.includes(r.type));
  return {
    firstView: { requests: load.length, rawKb: kb(sum(load, 'raw')), gzipKb: kb(sum(load, 'gzip')) },
    html: { rawKb: kb(sum(of(['document']), 'raw')), gzipKb: kb(sum(of(['document']), 'gzip')) },
    css: { rawKb: kb(sum(of(['stylesheet']), 'raw')), gzipKb: kb(sum(of(['stylesheet']), 'gzip')) },
    js: { files: of(['script']).length, rawKb: kb(sum(of(['script']), 'raw')), gzipKb: kb(sum(of(['script']), 'gzip')), executed: scriptsRun.length },
    fonts: { files: of(['font']).length, kb: kb(sum(of(['font']), 'raw')) },
    firstSearch: { requests: search.length, transferredKb: kb(sum(search, 'gzip')) },
  };
}

console.log(`Generating ${COUNT} synthetic questions…`);
const content = join(tmp, 'content');
generateSeries(content, COUNT);

const env = { ...process.env, QA_CONTENT_DIR: content, QA_CACHE_DIR: join(tmp, 'cache'), NODE_ENV: 'production' };
console.log('Building with astro…');
const astro = timed('astro build', join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', out], env);
console.log('Indexing with pagefind…');
const pagefind = timed('pagefind', join(ROOT, 'node_modules/.bin/pagefind'), ['--site', out], env);
console.log('Measuring a question page in Chromium…');
const page = await measureInBrowser('/', `/questions/${SAMPLE}/`);
const html = readFileSync(join(out, `questions/${SAMPLE}/index.html`));

const results = {
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  questions: COUNT,
  build: {
    astro,
    pagefind,
    totalSeconds: Math.round((astro.seconds + pagefind.seconds) * 10) / 10,
    distMb: Math.round(dirBytes(out) / 2 ** 20),
    htmlPageKb: { raw: kb(html.length), gzip: kb(gzipSync(html, { level: 9 }).length) },
  },
  searchIndexMb: Math.round((dirBytes(join(out, 'pagefind')) / 2 ** 20) * 10) / 10,
  questionPage: page,
  starlightReference: { firstViewGzipKb: 113, jsGzipKb: 32, katexFontsKb: 48, build1000Seconds: 147, build1000PeakGb: 3 },
};

const rows = [
  ['questions built', `${COUNT}`, '1000'],
  ['astro build: wall time', `${astro.seconds} s`, '147 s'],
  ['astro build: peak memory', `${astro.peakMemoryMb} MB`, '3 GB'],
  ['pagefind: wall time', `${pagefind.seconds} s`, ''],
  ['pagefind: peak memory', `${pagefind.peakMemoryMb} MB`, ''],
  ['question page HTML (raw / gzip)', `${results.build.htmlPageKb.raw} / ${results.build.htmlPageKb.gzip} KB`, ''],
  ['question page CSS (raw / gzip)', `${page.css.rawKb} / ${page.css.gzipKb} KB`, ''],
  ['JavaScript on page load (files, raw / gzip)', `${page.js.files}, ${page.js.rawKb} / ${page.js.gzipKb} KB`, '32 KB gzip'],
  ['KaTeX fonts fetched', `${page.fonts.files} files, ${page.fonts.kb} KB`, '48 KB'],
  ['first view, everything (gzip)', `${page.firstView.gzipKb} KB in ${page.firstView.requests} requests`, '113 KB'],
  ['first search for "softmax" (transferred)', `${page.firstSearch.transferredKb} KB in ${page.firstSearch.requests} requests`, ''],
  ['search index on disk', `${results.searchIndexMb} MB`, ''],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`\nMachine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GiB, Node ${results.machine.node}\n`);
console.log(`${'measure'.padEnd(w0)} | ${'this site'.padEnd(w1)} | Starlight`);
console.log(`${'-'.repeat(w0)}-|-${'-'.repeat(w1)}-|----------`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c}`);

mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(join(ROOT, 'test-results/bench.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten to test-results/bench.json');
rmSync(tmp, { recursive: true, force: true });
