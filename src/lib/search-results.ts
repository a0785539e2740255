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

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}

/**
 * The sections worth offering under a result: matches inside a section (an `h2`
 * with an id), not the page title itself, best first as Pagefind ordered them.
 */
export function sectionMatches(subResults: readonly SubResult[] | undefined, max = 2): SubResult[] {
  return (subResults ?? []).filter((s) => s.anchor && s.anchor.element === 'h2' && s.anchor.id).slice(0, max);
}

