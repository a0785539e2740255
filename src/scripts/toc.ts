/**
 * The table of contents follows the reader: the section being read is marked in the
 * desktop list. Loaded with the first scroll, the first moment there is anything to mark.
 */
export function initToc() {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-toc] a')) links.set(a.hash.slice(1), a);
  const sections = [...document.querySelectorAll<HTMLElement>('.prose .qa-section')];
  if (links.size === 0 || sections.length === 0 || typeof IntersectionObserver === 'undefined') return;

  const visible = new Set<Element>();
  const mark = () => {
    // The first section on screen, in page order; past the last one, keep the last.
    const current = sections.find((s) => visible.has(s));
    if (!current) return;
    const id = current.getAttribute('aria-labelledby') ?? '';
    for (const [slug, a] of links) {
      if (slug === id) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target);
        else visible.delete(e.target);
      }
      mark();
    },
    // A section counts once it reaches the upper part of the screen.
    { rootMargin: '0px 0px -55% 0px' },
  );
  sections.forEach((s) => observer.observe(s));
}
