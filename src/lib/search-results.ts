/**
 * Pure helpers for rendering Pagefind results. Pagefind's excerpts are HTML-escaped
 * text with `<mark>` around matches; we turn them into text runs so the page builds
 * DOM nodes from text only and never assigns index content as HTML.
 */

export interface TextRun {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? _);
}

/** Any tag other than `<mark>` is dropped (before decoding, so escaped text survives as text). */
const toText = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ''));

export function excerptRuns(excerpt: string): TextRun[] {
  const runs: TextRun[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    runs.push({ text: toText(excerpt.slice(last, m.index)), mark: false }, { text: toText(m[1]!), mark: true });
    last = re.lastIndex;
  }
  runs.push({ text: toText(excerpt.slice(last)), mark: false });
  return runs.filter((r) => r.text.length > 0);
}

/**
 * Whether an excerpt comes from a page's hidden list of glossary names (a query that
 * matched only an abbreviation or the other language's term): a list of names is no
 * excerpt, so the result shows the short answer instead.
 */
export function isNameListExcerpt(excerpt: string, separator = ' · '): boolean {
  return toText(excerpt).split(separator).length >= 3;
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}

/**
 * The places worth offering under a result: matches inside a section or one of its
 * subsections (an `h2` or `h3` with an id; Pagefind credits a match to the nearest
 * heading above it, so a match under a subsection of the explanation belongs to
 * that subsection), not the page title itself, best first as Pagefind ordered them.
 * A match in the common mistakes is always offered: that section is what a reader
 * preparing for an interview most wants to land on.
 */
export function sectionMatches(subResults: readonly SubResult[] | undefined, max = 3): SubResult[] {
  const all = (subResults ?? []).filter((s) => s.anchor && (s.anchor.element === 'h2' || s.anchor.element === 'h3') && s.anchor.id);
  const picked = all.slice(0, max);
  const pitfalls = all.find((s) => s.anchor!.id === 'pitfalls');
  if (pitfalls && !picked.includes(pitfalls)) picked[picked.length - 1] = pitfalls;
  return picked;
}

