/**
 * Offline reading, loaded by every page once it has loaded (page-boot.ts: neither this
 * script nor the worker's precache download competes with the page's own): registers
 * the worker, shows "save all" once it is registered (it holds its place until then),
 * and loads the update prompt only when a new version is waiting. Saving loads on the
 * first click.
 */
export async function registerOffline(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-offline]');
  const sw = navigator.serviceWorker;
  // The dev server has no worker; an insecure origin has no navigator.serviceWorker.
  if (import.meta.env.DEV || !box || !sw) return;
  const ui = () => import('./offline-ui');
  const prompt = (reg: ServiceWorkerRegistration) => void ui().then((m) => m.showUpdate(reg, box));
  let reg: ServiceWorkerRegistration;
  try {
    reg = await sw.register(box.dataset.worker!, { scope: box.dataset.scope! });
  } catch {
    return; // No worker (e.g. storage disabled): the site works online as before.
  }
  // `controller` is null on a first visit: a first worker is no update.
  if (reg.waiting && sw.controller) prompt(reg);
  reg.addEventListener('updatefound', () => {
    const next = reg.installing;
    next?.addEventListener('statechange', () => next.state === 'installed' && sw.controller && prompt(reg));
  });
  const save = box.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  save.dataset.ready = '';
  save.addEventListener('click', () => void ui().then((m) => m.saveAll(box, save)));
}
