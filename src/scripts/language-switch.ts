import { samePlaceIn } from '../lib/urls';

/** The language switch lands on the same section, with the same search. */
export function initLanguageSwitch() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switch')) {
    const target = link.getAttribute('href')!;
    const sync = () => link.setAttribute('href', samePlaceIn(target, location.search, location.hash));
    // Read the location at the moment of use: the hash and the search change without a reload.
    for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, sync);
    sync();
  }
}
