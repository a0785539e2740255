import { samePlaceIn } from '../lib/same-place';

/**
 * The language switch lands on the same section, with the same search. The link is
 * brought up to date as the reader reaches for it (press, focus, click; a long press
 * or right click too), since the hash and the search change without a reload.
 */
export function initLanguageSwitch() {
  const sync = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.lang-switch') : null;
    if (!link) return;
    link.dataset.target ??= link.getAttribute('href')!;
    link.setAttribute('href', samePlaceIn(link.dataset.target, location.search, location.hash));
  };
  for (const type of ['pointerdown', 'focusin', 'click']) document.addEventListener(type, sync, true);
}
