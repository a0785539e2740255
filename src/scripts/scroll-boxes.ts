/**
 * Wide formulas, tables and the explorer's matrices scroll sideways inside their own
 * boxes on a phone. A box that scrolls must be reachable from the keyboard (WCAG
 * 2.1.1), so it joins the tab order while it overflows, and only then: on a wide
 * screen the same box is not a useless tab stop. Without JavaScript, current
 * browsers make such scrollers focusable themselves.
 */
const SELECTOR = '.prose .katex-display, .prose table:not(.explorer__matrix), .explorer__scroll, .figure__box';

function update(box: HTMLElement) {
  if (box.scrollWidth > box.clientWidth + 1) {
    box.tabIndex = 0;
    box.dataset.scrollBox = '';
  } else {
    box.removeAttribute('tabindex');
    delete box.dataset.scrollBox;
  }
}

export function initScrollBoxes() {
  const boxes = [...document.querySelectorAll<HTMLElement>(SELECTOR)];
  if (boxes.length === 0 || typeof ResizeObserver === 'undefined') return;
  // A box's width follows the page (and an explorer table its numbers); a formula's
  // width changes when KaTeX's fonts arrive, which no resize of the box reports.
  const owner = new Map<Element, HTMLElement>();
  for (const box of boxes) {
    owner.set(box, box);
    if (box.firstElementChild) owner.set(box.firstElementChild, box);
  }
  const observer = new ResizeObserver((entries) => entries.forEach((e) => update(owner.get(e.target)!)));
  owner.forEach((_, el) => observer.observe(el));
  const all = () => boxes.forEach(update);
  document.fonts?.addEventListener('loadingdone', all);
  void document.fonts?.ready.then(all);
}
