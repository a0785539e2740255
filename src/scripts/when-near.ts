/**
 * Runs `start` once, when an element matching `selector` comes within a screen's
 * height of the viewport: a widget's code arrives before the reader reaches it (and
 * before Tab reaches its controls, which stay disabled until then), not with the page.
 */
export function whenNear(selector: string, start: () => void): void {
  const elements = document.querySelectorAll(selector);
  if (elements.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: '100% 0px' },
  );
  elements.forEach((el) => observer.observe(el));
}
