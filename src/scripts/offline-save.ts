import { pathsToSave } from '../lib/offline';
import { fill, type WidgetStrings } from '../lib/widget-contract';

/** Pages fetched at once: enough to hide latency, few enough not to swamp a phone's connection. */
const PARALLEL = 4;

/**
 * "Save all questions for offline reading": fetches every question page of this
 * language (and its home and search pages) into the worker's page cache, announcing
 * progress, and reports done only once the worker that will serve them is active.
 */
export async function saveAll(box: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const status = box.querySelector<HTMLElement>('[data-offline-status]')!;
  const strings = JSON.parse(box.dataset.strings ?? '{}') as WidgetStrings<'offline'>;
  let done = 0;
  let total = 0;
  let failed = false;
  let numbers: number[] = [];
  button.disabled = true;
  const progress = () => (status.textContent = fill(strings, 'offlineSaving', { done, total }));
  try {
    // The list of questions is a file of its own (pages/[...locale]/offline.json.ts).
    numbers = (await (await fetch(box.dataset.questions!, { cache: 'no-cache' })).json()) as number[];
    const urls = pathsToSave(box.dataset.questionUrl!, numbers, JSON.parse(box.dataset.pages ?? '[]') as string[]);
    total = urls.length;
    progress();
    const cache = await caches.open(box.dataset.cache!);
    const queue = [...urls];
    const next = async (): Promise<void> => {
      const url = queue.shift();
      if (!url || failed) return;
      const absolute = new URL(url, location.href).href;
      // Revalidated, so a save right after a deploy stores the new pages.
      const response = await fetch(absolute, { cache: 'no-cache' });
      if (response.status !== 200 || response.redirected) throw new Error(`${url}: ${response.status}`);
      await cache.put(absolute, response);
      done++;
      // Every few pages, not every one: each change of a status region is read out.
      if (!failed && done % 5 === 0) progress();
      return next();
    };
    await Promise.all(Array.from({ length: PARALLEL }, next));
    await navigator.serviceWorker.ready;
    status.textContent = fill(strings, 'offlineSaved', { count: numbers.length });
  } catch {
    failed = true;
    status.textContent = fill(strings, 'offlineSaveFailed', { done, total });
  } finally {
    button.disabled = false;
  }
}
