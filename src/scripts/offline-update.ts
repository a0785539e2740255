import { fill, type WidgetStrings } from '../lib/widget-contract';

/**
 * "Content updated — reload": shown when a new version of the site has installed its
 * worker and waits. Reloading lets it take over first, so the reloaded page and every
 * saved page come from the new version.
 */
export function showUpdate(reg: ServiceWorkerRegistration, box: HTMLElement): void {
  const region = box.querySelector<HTMLElement>('[data-update]');
  if (!region || region.childElementCount > 0) return;
  const strings = JSON.parse(box.dataset.strings ?? '{}') as WidgetStrings<'offline'>;
  const text = document.createElement('span');
  text.textContent = fill(strings, 'updateReady');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = fill(strings, 'updateReload');
  button.addEventListener('click', () => {
    const waiting = reg.waiting;
    // Another tab already let it take over: this page just needs the new version.
    if (!waiting) return location.reload();
    button.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  region.append(text, ' ', button);
}
