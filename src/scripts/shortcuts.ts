import { actionFor } from '../lib/shortcuts';

/**
 * Keyboard shortcuts on every page: ←/→ previous/next question (the drill's
 * neighbours during a drill), `/` search, `?` this help, Space reveals an answer.
 * Whether a key is a shortcut is decided at once, since Space and the arrows would
 * scroll and `/` opens some browsers' find bar; what it does loads on first use.
 */
export function initShortcuts() {
  const dialog = document.querySelector<HTMLDialogElement>('#shortcuts');

  document.addEventListener('keydown', (event) => {
    const el = event.target as HTMLElement;
    // A focused box that scrolls sideways keeps its arrow keys (see scroll-boxes.ts).
    const typing = el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.dataset.scrollBox !== undefined;
    const onControl = /^(BUTTON|A|SUMMARY)$/.test(el.tagName) || el.getAttribute('role') === 'button';
    const practice = document.documentElement.dataset.practice !== undefined && !document.querySelector('[data-revealed]');
    const action = actionFor(
      event,
      { selecting: !(document.getSelection()?.isCollapsed ?? true), typing, onControl },
      practice && document.querySelector('.reveal-panel') !== null,
      document.querySelector('[data-rating-bar]')?.checkVisibility?.() ?? false,
    );
    if (!action || dialog?.open) return;
    event.preventDefault();
    const { key } = event;
    void import('./shortcut-actions').then((m) => m.runShortcut(action, key));
  });
}
