import { withSection } from '../lib/deploy';

/**
 * "Report an error in this answer" names the section being read when it is clicked:
 * the last section whose heading has scrolled above the upper third of the screen.
 */
function currentSection(): string | null {
  const sections = [...document.querySelectorAll<HTMLElement>('.qa-section')];
  let current: HTMLElement | undefined;
  for (const s of sections) if (s.getBoundingClientRect().top < innerHeight / 3) current = s;
  const heading = (current ?? sections[0])?.querySelector('h2');
  return heading ? `${heading.textContent!.trim()} (#${heading.id})` : null;
}

export function initReportLinks() {
  document.querySelectorAll<HTMLAnchorElement>('a[data-report-error]').forEach((a) => {
    const update = () => {
      const section = currentSection();
      if (!section) return;
      const url = new URL(a.href);
      url.searchParams.set('body', withSection(url.searchParams.get('body') ?? '', section));
      a.href = url.href;
    };
    a.addEventListener('click', update);
    a.addEventListener('focus', update);
  });
}
