import { fill, type WidgetStrings } from '../lib/widget-contract';
import { excerptRuns, isNameListExcerpt, sectionMatches, type TextRun } from '../lib/search-results';
import type { PagefindApi, PagefindResultData } from './search-interpret';

type Strings = WidgetStrings<'search'>;

// Each result shown costs a download of its page's index fragment: the header shows
// the few best, the search page more.
const MAX_RESULTS = { header: 5, page: 10 } as const;
let pagefind: Promise<PagefindApi> | undefined;

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
  // The page's first-use hook and the search page may both ask; a form is set up once.
  if (form.dataset.searchReady !== undefined) return;
  form.dataset.searchReady = '';
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = form.querySelector<HTMLElement>('.search__results')!;
  const status = form.querySelector<HTMLElement>('.search__status')!;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const isPage = form.dataset.searchPage !== undefined;
  // The query logic is fetched alongside Pagefind, on first focus, not with the page.
  const load = () => {
    void import('./search-interpret');
    return loadPagefind(form.dataset.bundle!, form.dataset.base!);
  };

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
      const { interpret } = await import('./search-interpret');
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
  // This script loads when the reader reaches for the field: they may be in it already,
  // and may have typed while it loaded.
  if (document.activeElement === input) void load().catch(() => {});
  if (!isPage && input.value) void run(input.value);
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
