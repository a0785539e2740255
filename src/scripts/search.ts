import { fill, type WidgetStrings } from '../lib/widget-contract';
import { excerptRuns, isNameListExcerpt, sectionMatches, type SubResult, type TextRun } from '../lib/search-results';
import { isMatched, mergeWordResults, planQuery, queryWords } from '../lib/search-query';
import type { SearchWords } from '../lib/search-words';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; number?: string; short?: string };
  sub_results?: SubResult[];
}
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindHit[];
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void> | void;
  search(term: string): Promise<PagefindSearch>;
  debouncedSearch(term: string, opts?: object, ms?: number): Promise<PagefindSearch | null>;
}
type Strings = WidgetStrings<'search'>;

/** What the reader sees for a query: results (maybe for a corrected query), or none. */
interface Outcome {
  data: PagefindResultData[];
  total: number;
  corrected?: string;
}

// Each result shown costs a download of its page's index fragment: the header shows
// the few best, the search page more.
const MAX_RESULTS = { header: 5, page: 10 } as const;
let pagefind: Promise<PagefindApi> | undefined;
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
async function interpret(pf: PagefindApi, term: string, hits: PagefindHit[], form: HTMLFormElement, max: number): Promise<Outcome> {
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

/** Loads Pagefind (its script and then index chunks) on the first search only. */
function loadPagefind(bundle: string, base: string): Promise<PagefindApi> {
  pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>).then(async (pf) => {
    // noWorker: the index is small, and the worker script would cost another 12 KB gzip.
    // termFrequency 0.3 (default 1): a page that names a term many times in passing no
    // longer outranks the page about it; chosen with npm run bench:search.
    await pf.options({ baseUrl: base, highlightParam: 'highlight', noWorker: true, ranking: { termFrequency: 0.3 } });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function runsInto(parent: HTMLElement, runs: TextRun[]) {
  for (const run of runs) parent.append(run.mark ? el('mark', undefined, run.text) : document.createTextNode(run.text));
}

function renderResult(data: PagefindResultData, strings: Strings): HTMLLIElement {
  const li = el('li', 'result');
  const link = el('a', 'result__link');
  link.href = data.url;
  if (data.meta.number) link.append(el('span', 'result__number', fill(strings, 'questionN', { n: data.meta.number })));
  link.append(el('span', 'result__title', data.meta.title ?? data.url));
  li.append(link);
  const excerpt = el('p', 'result__excerpt');
  if (data.meta.short && isNameListExcerpt(data.excerpt)) excerpt.textContent = data.meta.short;
  else runsInto(excerpt, excerptRuns(data.excerpt));
  li.append(excerpt);
  const sections = sectionMatches(data.sub_results);
  if (sections.length > 0) {
    const ul = el('ul', 'result__sections');
    for (const s of sections) {
      const item = el('li');
      const a = el('a', undefined, s.title);
      a.href = s.url;
      item.append(a);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

function setup(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = form.querySelector<HTMLElement>('.search__results')!;
  const status = form.querySelector<HTMLElement>('.search__status')!;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const isPage = form.dataset.searchPage !== undefined;
  const load = () => loadPagefind(form.dataset.bundle!, form.dataset.base!);

  const show = (content: Node) => {
    panel.replaceChildren(content);
    panel.hidden = false;
  };
  const hide = () => {
    if (!isPage) panel.hidden = true;
  };

  async function run(term: string) {
    if (!term.trim()) {
      panel.replaceChildren();
      hide();
      status.textContent = '';
      return;
    }
    try {
      const pf = await load();
      const search = await pf.debouncedSearch(term, {}, 120);
      if (!search) return; // superseded by a newer keystroke
      const { data, total, corrected } = await interpret(pf, term, search.results, form, isPage ? MAX_RESULTS.page : MAX_RESULTS.header);
      if (input.value !== term) return;
      const count = data.length === 0 ? fill(strings, 'searchNoResults') : fill(strings, 'searchResults', { count: total });
      const message = corrected && data.length > 0 ? `${fill(strings, 'searchCorrected', { typed: term.trim(), query: corrected })} ${count}` : count;
      status.textContent = message;
      // Tests and the search benchmark wait for this: the page shows this query's outcome.
      form.dataset.searched = term;
      if (data.length === 0) {
        show(el('p', 'search__message', fill(strings, 'searchNoResults')));
        return;
      }
      const list = el('ol', 'results');
      for (const d of data) list.append(renderResult(d, strings));
      const wrap = document.createDocumentFragment();
      if (corrected) {
        const note = el('p', 'search__corrected', fill(strings, 'searchCorrected', { typed: term.trim(), query: corrected }));
        note.dataset.searchSuggestion = corrected;
        wrap.append(note);
      }
      wrap.append(el('p', 'search__count', count), list);
      show(wrap);
    } catch (error) {
      console.error('search failed', error);
      show(el('p', 'search__message', fill(strings, 'searchError')));
    }
  }

  input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
  input.addEventListener('input', () => void run(input.value));
  form.addEventListener('submit', (event) => {
    if (!isPage) return; // the header form opens the search page with ?q=
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  form.addEventListener('keydown', (event) => {
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape' && !isPage) {
      hide();
      input.focus();
    } else if (event.key === 'ArrowDown' && links.length > 0) {
      event.preventDefault();
      links[Math.min(i + 1, links.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && i >= 0) {
      event.preventDefault();
      (i === 0 ? input : links[i - 1]!).focus();
    }
  });
  if (!isPage) {
    document.addEventListener('click', (event) => {
      if (!form.contains(event.target as Node)) hide();
    });
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget as Node | null) && event.relatedTarget) hide();
    });
    input.addEventListener('focus', () => {
      if (panel.childElementCount > 0) panel.hidden = false;
    });
  } else {
    const q = new URLSearchParams(location.search).get('q');
    if (q) {
      input.value = q;
      void run(q);
    }
  }
}

export function initSearchForms() {
  document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(setup);
}
