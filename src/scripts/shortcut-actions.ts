import type { Action } from '../lib/shortcuts';

/**
 * What a shortcut does, loaded with the first shortcut pressed: the key press itself
 * was already claimed (shortcuts.ts), so nothing is lost while this arrives.
 */
export function runShortcut(action: Action, key: string) {
  const go = (rel: 'prev' | 'next') => {
    const link = document.querySelector<HTMLAnchorElement>(`[data-drill-${rel}]:not([hidden])`) ?? document.querySelector<HTMLAnchorElement>(`a[rel="${rel}"]`);
    link?.click();
  };
  switch (action) {
    case 'prev':
    case 'next':
      go(action);
      break;
    case 'search':
      document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      break;
    case 'help':
      document.querySelector<HTMLDialogElement>('#shortcuts')?.showModal();
      break;
    case 'rate':
      document.querySelectorAll<HTMLButtonElement>('[data-rating-bar] [data-rating]')[Number(key) - 1]?.click();
      break;
    case 'reveal':
      document.querySelector<HTMLButtonElement>('.reveal-panel button')?.click();
      break;
  }
}
