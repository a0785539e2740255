/**
 * What a query means, once Pagefind has answered it (loaded with the first search, not
 * with the page): see interpret() below and lib/search-query.ts.
 */
import { isMatched, mergeWordResults, planQuery, queryWords } from '../lib/search-query';
import type { SearchWords } from '../lib/search-words';
import type { SubResult } from '../lib/search-results';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; number?: string; short?: string };
  sub_results?: SubResult[];
}
export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindHit[];
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void> | void;
  search(term: string): Promise<PagefindSearch>;
  debouncedSearch(term: string, opts?: object, ms?: number): Promise<PagefindSearch | null>;
}
/** What the reader sees for a query: results (maybe for a corrected query), or none. */
export interface Outcome {
  data: PagefindResultData[];
  total: number;
  corrected?: string;
}

let words: Promise<SearchWords> | undefined;

/** The vocabulary, fetched only when a query has a word the results did not match. */
function loadWords(url: string): Promise<SearchWords> {
  words ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`search words: HTTP ${r.status}`);
    return r.json() as Promise<SearchWords>;
  });
  return words;
}

/** The browser cuts Chinese into words (Intl.Segmenter); Latin splits at spaces and punctuation. */
function segmenter(lang: string): ((q: string) => string[]) | undefined {
  if (typeof Intl.Segmenter !== 'function') return undefined;
  const seg = new Intl.Segmenter(lang, { granularity: 'word' });
  return (q) => [...seg.segment(q)].filter((s) => s.isWordLike).map((s) => s.segment);
}

const HAN = /\p{Script=Han}/u;

const marksOf = (data: readonly PagefindResultData[]) =>
  data.flatMap((d) => [d.excerpt, ...(d.sub_results ?? []).map((s) => s.excerpt)]).flatMap((html) => [...html.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => m[1]!));

/** Pagefind needs every word on one page; a question in plain words rarely has them all. */
async function anyWord(pf: PagefindApi, list: readonly string[], max: number): Promise<Outcome> {
  if (list.length < 2) return { data: [], total: 0 };
  const searches = await Promise.all(list.map((w) => pf.search(w)));
  const order = mergeWordResults(searches.map((s) => s.results));
  const best = new Map<string, PagefindHit>();
  for (const hit of searches.flatMap((s) => s.results)) if (!best.has(hit.id) || best.get(hit.id)!.score < hit.score) best.set(hit.id, hit);
  return { data: await Promise.all(order.slice(0, max).map((id) => best.get(id)!.data())), total: order.length };
}

/**
 * Pagefind falls back to the longest known prefix of an unknown word, so nonsense
 * "matches" and a typo finds the wrong page. Results stand when every word of the
 * query is highlighted in them; otherwise the vocabulary decides: a typo is
 * corrected, nonsense gets no results, and real words no page has together are
 * searched one by one.
 */
export async function interpret(pf: PagefindApi, term: string, hits: PagefindHit[], form: HTMLFormElement, max: number): Promise<Outcome> {
  const list = queryWords(term, segmenter(form.dataset.lang ?? 'en'));
  const data = await Promise.all(hits.slice(0, max).map((r) => r.data()));
  const marks = marksOf(data);
  if (hits.length > 0 && list.every((w) => isMatched(w, marks))) return { data, total: hits.length };
  // A single Chinese character is highlighted almost anywhere (底, 料); it keeps a query
  // alive only beside a real word.
  const matched = new Set(list.filter((w) => isMatched(w, marks) && !(HAN.test(w) && w.length === 1)));
  // A Chinese word the results did not highlight: does the index have it at all? (One
  // character alone says nothing: 底 and 料 occur everywhere, 底料 nowhere.)
  for (const w of list.filter((x) => HAN.test(x) && x.length > 1 && !matched.has(x))) {
    const alone = await pf.search(w);
    const top = await Promise.all(alone.results.slice(0, 2).map((r) => r.data()));
    if (isMatched(w, marksOf(top))) matched.add(w);
  }
  const plan = planQuery(list, await loadWords(form.dataset.words!), matched);
  if (plan.kind === 'nothing') return { data: [], total: 0 };
  if (plan.kind === 'corrected') {
    const fixed = await pf.search(plan.query);
    const outcome = fixed.results.length > 0 ? { data: await Promise.all(fixed.results.slice(0, max).map((r) => r.data())), total: fixed.results.length } : await anyWord(pf, queryWords(plan.query), max);
    return { ...outcome, corrected: plan.query };
  }
  return hits.length > 0 ? { data, total: hits.length } : anyWord(pf, list, max);
}

