import { actionFor } from '../lib/shortcuts';

/**
 * Keyboard shortcuts on every page: ←/→ previous/next question (the drill's
 * neighbours during a drill), `/` search, `?` this help, Space reveals an answer.
 */
export function initShortcuts() {
  const dialog = document.querySelector<HTMLDialogElement>('#shortcuts');
  dialog?.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  // Without JavaScript there are no shortcuts, so the button appears only with it.
  const open = document.querySelector<HTMLButtonElement>('[data-shortcuts-open]');
  if (open && dialog) {
    open.hidden = false;
    open.addEventListener('click', () => dialog.showModal());
  }

  document.addEventListener('keydown', (event) => {
    const el = event.target as HTMLElement;
    // A focused box that scrolls sideways keeps its arrow keys (see scroll-boxes.ts).
    const typing = el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.dataset.scrollBox !== undefined;
    const onControl = /^(BUTTON|A|SUMMARY)$/.test(el.tagName) || el.getAttribute('role') === 'button';
    const practice = document.documentElement.dataset.practice !== undefined && !document.querySelector('[data-revealed]');
    const action = actionFor(
      {
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        selecting: !(document.getSelection()?.isCollapsed ?? true),
        typing,
        onControl,
      },
      practice && document.querySelector('.reveal-panel') !== null,
      document.querySelector('[data-rating-bar]:not([hidden])')?.checkVisibility?.() ?? false,
    );
    if (!action || dialog?.open) return;
    const go = (rel: 'prev' | 'next') => {
      const link = document.querySelector<HTMLAnchorElement>(`[data-drill-${rel}]:not([hidden])`) ?? document.querySelector<HTMLAnchorElement>(`a[rel="${rel}"]`);
      if (link) link.click();
    };
    switch (action) {
      case 'prev':
      case 'next':
        go(action);
        break;
      case 'search': {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (!input) return;
        input.focus();
        break;
      }
      case 'help':
        dialog?.showModal();
        break;
      case 'rate':
        document.querySelectorAll<HTMLButtonElement>('[data-rating-bar] [data-rating]')[Number(event.key) - 1]?.click();
        break;
      case 'reveal':
        document.querySelector<HTMLButtonElement>('.reveal-panel button')?.click();
        break;
    }
    event.preventDefault();
  });
}
