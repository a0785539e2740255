import { withSection } from '../lib/deploy';

/**
 * "Report an error in this answer" names a section when the page was opened at one
 * (a shared link such as #pitfalls, or a table-of-contents click): the link sits under
 * the whole answer, so where the reader has scrolled to says nothing about which part
 * is wrong. Otherwise the form keeps "Section: (not given)" for the reader to fill in.
 * Loaded only once the address names a section.
 */
function linkedSection(): string | null {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const section = target?.closest<HTMLElement>('.qa-section');
  const heading = section?.querySelector('h2');
  return heading ? `${heading.textContent!.trim()} (#${heading.id})` : null;
}

export function initReportLinks() {
  const update = () => {
    const section = linkedSection();
    if (!section) return;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-report-error]')) {
      const url = new URL(a.href);
      url.searchParams.set('body', withSection(url.searchParams.get('body') ?? '', section));
      a.href = url.href;
    }
  };
  // Loaded again at each change of section (question-boot.ts); a module runs once.
  update();
}
