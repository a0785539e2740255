import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { contentNumbers, DIST, requireDist } from '../helpers/dist';
import { readQuestions } from '../helpers/content';

/** What crawlers, feed readers and link previews get: sitemap, robots.txt, RSS, preview cards. */
// Before anything reads dist/: builds it when it is missing or stale.
requireDist();

const SITE = 'http://localhost:4321';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe('sitemap and robots.txt', () => {
  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/User-agent: \*/);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('the sitemap lists every question in both languages with hreflang alternates, and no 404 or search page', () => {
    const urls = asArray(xml.parse(read('sitemap-0.xml')).urlset.url) as { loc: string; 'xhtml:link'?: unknown }[];
    const locs = urls.map((u) => u.loc);
    for (const n of contentNumbers('zh')) expect(locs).toContain(`${SITE}/questions/${n}/`);
    for (const n of contentNumbers('en')) expect(locs).toContain(`${SITE}/en/questions/${n}/`);
    expect(locs.some((l) => /404|\/search\//.test(l))).toBe(false);
    const q = urls.find((u) => u.loc === `${SITE}/questions/${contentNumbers('zh')[0]}/`)!;
    expect(asArray(q['xhtml:link']).length).toBe(2);
  });
});

describe.each([
  ['zh', 'rss.xml', ''],
  ['en', 'en/rss.xml', '/en'],
] as const)('RSS (%s)', (lang, file, prefix) => {
  it('has one item per question, newest number first, with title, link and the short answer', () => {
    const channel = xml.parse(read(file)).rss.channel;
    const items = asArray(channel.item) as { title: string; link: string; description: string }[];
    const questions = readQuestions(lang).sort((a, b) => b.data.number - a.data.number);
    expect(items.map((i) => i.link)).toEqual(questions.map((q) => `${SITE}${prefix}/questions/${q.data.number}/`));
    items.forEach((item, i) => {
      expect(item.title).toContain(questions[i]!.data.title);
      expect(item.description).toBe(questions[i]!.data.short);
    });
  });
});

describe('link-preview cards', () => {
  it.each(['zh', 'en'])('every %s question has a 1200×630 PNG card named in its og:image', (lang) => {
    for (const n of contentNumbers(lang)) {
      const file = join(DIST, `og/${lang}/${n}.png`);
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      const html = read(`${lang === 'en' ? 'en/' : ''}questions/${n}/index.html`);
      expect(html).toContain(`<meta property="og:image" content="${SITE}/og/${lang}/${n}.png"`);
    }
  });
});
