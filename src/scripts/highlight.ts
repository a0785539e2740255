/**
 * A reader arriving from a search result has `?highlight=term` in the URL; only then
 * is Pagefind's highlighter fetched to mark the matched words on the page.
 */
export function highlightSearchTerms(bundle: string) {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)
    .then(({ default: PagefindHighlight }) => {
      // Our stylesheet styles <mark>; Pagefind's own would be an injected <style> a strict CSP blocks.
      new PagefindHighlight({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false });
    })
    .catch((error: unknown) => console.error('highlighting failed', error));
}
