import { initLanguageSwitch } from './language-switch';
import { initShortcuts } from './shortcuts';
import { loadOnUse } from './on-first-use';

/**
 * What every page runs at load. Keys must be answered synchronously (Space and the
 * arrows scroll unless prevented), so the shortcuts are here; search and the wide
 * boxes' keyboard access load when the reader first reaches for them.
 */
export function bootPage() {
  initLanguageSwitch();
  initShortcuts();
  loadOnUse('form[data-search]', ['focusin'], () => import('./search').then((m) => m.initSearchForms()));
  // Only a keyboard needs a wide box in the tab order, so that waits for the first key.
  document.addEventListener('keydown', () => void import('./scroll-boxes').then((m) => m.initScrollBoxes()), { once: true });
}
