import { initLanguageSwitch } from './language-switch';
import { initShortcuts } from './shortcuts';
import { loadOnUse } from './load-on-use';

/**
 * What every page runs at load. Keys must be answered synchronously (Space and the
 * arrows scroll unless prevented), so the shortcuts are here; search and the wide
 * boxes' keyboard access load when the reader first reaches for them.
 */
export function bootPage() {
  initLanguageSwitch();
  initShortcuts();
  loadOnUse('form[data-search]', ['focusin'], () => import('./search').then((m) => m.initSearchForms()));
  // Offline reading starts once the page has loaded, so it never delays the page (a
  // module script always runs before the load event).
  addEventListener('load', () => void import('./offline-register').then((m) => m.registerOffline()));
  // Only a keyboard needs a wide box in the tab order, so that waits for the first key.
  document.addEventListener('keydown', () => void import('./scroll-boxes').then((m) => m.initScrollBoxes()), { once: true });
}
