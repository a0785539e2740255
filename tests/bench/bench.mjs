// npm run bench: builds a synthetic series at 100, 300 and 1,000 questions with this site and with
// Astro Starlight (the peer, tests/bench/starlight) in the same run, and measures what a reader
// downloads and what each build costs. Prints tables and writes test-results/bench.json.
// Figures are for comparison within one run on one machine, not absolute truths.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSeries } from './generate.mjs';
import { ensurePeerInstalled, preparePeer } from './peer.mjs';
import { lighthouseScores } from './lighthouse.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const COUNT = Number(process.env.BENCH_COUNT ?? 1000);
const tmp = mkdtempSync(join(tmpdir(), 'qa-bench-'));
const out = join(tmp, 'dist');
const peerOut = join(tmp, 'dist-starlight');
const kb = (n) => Math.round(n / 102.4) / 10;

function timed(label, cmd, args, env, cwd = ROOT) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
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

/** How each site's search is used: this site's search box, Starlight's search dialog. */
const SEARCH = {
  site: async (page) => {
    await page.getByRole('searchbox').first().fill('softmax');
    await page.locator('.search__results .result').first().waitFor({ timeout: 30_000 });
  },
  starlight: async (page) => {
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('.pagefind-ui__search-input').fill('softmax');
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
  },
};

/** Loads a page in Chromium and records every response; then does a first search. */
async function measureInBrowser(dir, path, useSearch) {
  const { serveDist } = await import('../helpers/static-server.ts');
  const { launchBrowser } = await import('../helpers/browser.ts');
  const server = await serveDist(dir, '/');
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
  await useSearch(page);
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

// Both sites are built from the same generated series, one after the other, at each
// size: ratios within one run hold even when the machine's speed drifts between runs.
const SIZES = process.env.BENCH_COUNT ? [COUNT] : [100, 300, 1000];
ensurePeerInstalled();
const scaling = [];
let last;
for (const size of SIZES) {
  console.log(`\n${size} questions: generating…`);
  const content = join(tmp, `content-${size}`);
  generateSeries(content, size);
  const env = { ...process.env, QA_CONTENT_DIR: content, QA_CACHE_DIR: join(tmp, `cache-${size}`), NODE_ENV: 'production' };
  rmSync(out, { recursive: true, force: true });
  console.log('  this site: astro build…');
  const astro = timed('astro build', join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', out], env);
  console.log('  this site: pagefind…');
  const pagefind = timed('pagefind', join(ROOT, 'node_modules/.bin/pagefind'), ['--site', out], env);
  // The build's last step (npm run build): the offline worker, which precaches the index.
  console.log('  this site: service worker…');
  const worker = timed('service worker', join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'src/build/service-worker.ts'), out], env);
  const peer = preparePeer(content);
  rmSync(peerOut, { recursive: true, force: true });
  console.log('  Starlight: astro build (Pagefind included)…');
  const starlight = timed('starlight build', peer.astro, ['build', '--outDir', peerOut], { ...process.env, NODE_ENV: 'production' }, peer.dir);
  const site = { seconds: Math.round((astro.seconds + pagefind.seconds + worker.seconds) * 10) / 10, peakMemoryMb: Math.max(astro.peakMemoryMb, pagefind.peakMemoryMb, worker.peakMemoryMb) };
  scaling.push({ questions: size, site, astro, pagefind, worker, starlight });
  last = { size, astro, pagefind, worker, site, starlight };
}

const SAMPLE_AT = Math.ceil(last.size / 2);
console.log('\nMeasuring a question page of each in Chromium…');
const page = await measureInBrowser(out, `/questions/${SAMPLE_AT}/`, SEARCH.site);
const peerPage = await measureInBrowser(peerOut, `/questions/${SAMPLE_AT}/`, SEARCH.starlight);
console.log('Lighthouse (mobile) on each site\'s home and question page…');
async function lighthouseOf(dir) {
  const { serveDist } = await import('../helpers/static-server.ts');
  // Compressed, as a real host sends it: Lighthouse times the bytes on its throttled network.
  const server = await serveDist(dir, '/', {}, { gzip: true });
  try {
    const scores = await lighthouseScores([server.url, `${server.url}questions/${SAMPLE_AT}/`]);
    return { home: scores[server.url], question: scores[`${server.url}questions/${SAMPLE_AT}/`] };
  } finally {
    await server.close();
  }
}
const lighthouse = { site: await lighthouseOf(out), starlight: await lighthouseOf(peerOut) };
const html = readFileSync(join(out, `questions/${SAMPLE_AT}/index.html`));
const peerHtml = readFileSync(join(peerOut, `questions/${SAMPLE_AT}/index.html`));
const { astro, pagefind, worker, starlight } = last;

const results = {
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  questions: last.size,
  scaling,
  build: {
    astro,
    pagefind,
    worker,
    totalSeconds: last.site.seconds,
    distMb: Math.round(dirBytes(out) / 2 ** 20),
    htmlPageKb: { raw: kb(html.length), gzip: kb(gzipSync(html, { level: 9 }).length) },
  },
  searchIndexMb: Math.round((dirBytes(join(out, 'pagefind')) / 2 ** 20) * 10) / 10,
  questionPage: page,
  lighthouse,
  starlight: {
    build: starlight,
    distMb: Math.round(dirBytes(peerOut) / 2 ** 20),
    htmlPageKb: { raw: kb(peerHtml.length), gzip: kb(gzipSync(peerHtml, { level: 9 }).length) },
    searchIndexMb: Math.round((dirBytes(join(peerOut, 'pagefind')) / 2 ** 20) * 10) / 10,
    questionPage: peerPage,
  },
};

const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '');
const rows = [
  ['questions built', `${last.size}`, `${last.size}`, ''],
  ['build wall time (astro + pagefind + worker)', `${last.site.seconds} s`, `${starlight.seconds} s`, ratio(last.site.seconds, starlight.seconds)],
  ['build peak memory', `${last.site.peakMemoryMb} MB`, `${starlight.peakMemoryMb} MB`, ratio(last.site.peakMemoryMb, starlight.peakMemoryMb)],
  ['question page HTML (gzip)', `${results.build.htmlPageKb.gzip} KB`, `${results.starlight.htmlPageKb.gzip} KB`, ratio(results.build.htmlPageKb.gzip, results.starlight.htmlPageKb.gzip)],
  ['question page CSS (gzip)', `${page.css.gzipKb} KB`, `${peerPage.css.gzipKb} KB`, ratio(page.css.gzipKb, peerPage.css.gzipKb)],
  ['JavaScript on page load (gzip)', `${page.js.gzipKb} KB in ${page.js.files}`, `${peerPage.js.gzipKb} KB in ${peerPage.js.files}`, ratio(page.js.gzipKb, peerPage.js.gzipKb)],
  ['KaTeX fonts fetched', `${page.fonts.kb} KB in ${page.fonts.files}`, `${peerPage.fonts.kb} KB in ${peerPage.fonts.files}`, ratio(page.fonts.kb, peerPage.fonts.kb)],
  ['first view, everything (gzip)', `${page.firstView.gzipKb} KB in ${page.firstView.requests}`, `${peerPage.firstView.gzipKb} KB in ${peerPage.firstView.requests}`, ratio(page.firstView.gzipKb, peerPage.firstView.gzipKb)],
  ['first search for "softmax"', `${page.firstSearch.transferredKb} KB in ${page.firstSearch.requests}`, `${peerPage.firstSearch.transferredKb} KB in ${peerPage.firstSearch.requests}`, ratio(page.firstSearch.transferredKb, peerPage.firstSearch.transferredKb)],
  ['search index on disk', `${results.searchIndexMb} MB`, `${results.starlight.searchIndexMb} MB`, ratio(results.searchIndexMb, results.starlight.searchIndexMb)],
  ...['home', 'question'].map((kind) => {
    const show = (l) => `perf ${l.performance}, a11y ${l.accessibility}, CLS ${l.cls}, LCP ${(l.lcpMs / 1000).toFixed(1)} s`;
    return [`Lighthouse mobile, ${kind} page`, show(lighthouse.site[kind]), show(lighthouse.starlight[kind]), ''];
  }),
];
const table = (head, body) => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
};
console.log(`\nMachine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GiB, Node ${results.machine.node}\n`);
console.log(table(['measure', 'this site', 'Starlight', 'ratio'], rows));
console.log('\nScaling (build wall time and peak memory, same run):\n');
console.log(
  table(
    ['questions', 'this site', 'Starlight', 'time ratio', 'memory ratio'],
    scaling.map((r) => [r.questions, `${r.site.seconds} s, ${r.site.peakMemoryMb} MB`, `${r.starlight.seconds} s, ${r.starlight.peakMemoryMb} MB`, ratio(r.site.seconds, r.starlight.seconds), ratio(r.site.peakMemoryMb, r.starlight.peakMemoryMb)]),
  ),
);

mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(join(ROOT, 'test-results/bench.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten to test-results/bench.json');
rmSync(tmp, { recursive: true, force: true });
