import { savedNumbers } from '../lib/offline';
import { fill, type WidgetStrings } from '../lib/widget-contract';

/**
 * The offline page stands in for a page that was never saved. It lists the questions
 * of its language that are: it reads the worker's page cache, which a page may open
 * too, and shows those entries of the full list the build wrote into the page.
 */
export async function showSavedQuestions(): Promise<void> {
  document.querySelector('[data-offline-retry]')?.addEventListener('click', () => location.reload());
  const box = document.querySelector<HTMLElement>('[data-offline-list]');
  if (!box) return;
  const strings = JSON.parse(box.dataset.strings ?? '{}') as WidgetStrings<'offlinePage'>;
  let urls: string[] = [];
  try {
    const cache = await caches.open(box.dataset.cache!);
    urls = (await cache.keys()).map((r) => r.url);
  } catch {
    // No Cache Storage (an insecure origin, a private window that refuses it): nothing is saved.
  }
  const saved = new Set(savedNumbers(urls, `${location.origin}${box.dataset.questionUrl}`));
  for (const li of box.querySelectorAll<HTMLElement>('li[data-n]')) li.hidden = !saved.has(Number(li.dataset.n));
  box.querySelector<HTMLElement>('[data-offline-none]')!.hidden = saved.size > 0;
  if (saved.size > 0) box.querySelector('[data-offline-count]')!.textContent = fill(strings, 'offlineSavedCount', { count: saved.size });
}
