/**
 * A reader arriving from a search result has `?highlight=term` in the URL; only then
 * is Pagefind's highlighter fetched to mark the matched words on the page.
 */
export function highlightSearchTerms() {
  const bundle = document.querySelector<HTMLElement>('[data-highlight-bundle]')?.dataset.highlightBundle;
  if (!bundle || !new URLSearchParams(location.search).has('highlight')) return;
  import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)
    .then(({ default: PagefindHighlight }) => {
      // Our stylesheet styles <mark>; Pagefind's own would be an injected <style> a strict CSP blocks.
      new PagefindHighlight({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false });
      // Land on the first match, not the top of a long page. A result that named a
      // section (#pitfalls) has already scrolled there; hidden answers stay hidden.
      if (location.hash) return;
      const first = [...document.querySelectorAll<HTMLElement>('[data-pagefind-body] mark')].find((m) => m.getClientRects().length > 0);
      first?.scrollIntoView({ block: 'center' });
    })
    .catch((error: unknown) => console.error('highlighting failed', error));
}
