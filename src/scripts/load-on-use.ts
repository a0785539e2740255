/**
 * Carries out a click that arrived before its handler was loaded. A checkbox has
 * already changed state, so it gets its change event rather than another click.
 */
function replay(el: HTMLElement): void {
  if (el instanceof HTMLInputElement && el.type === 'checkbox') el.dispatchEvent(new Event('change', { bubbles: true }));
  else el.click();
}

/**
 * Code the reader has not asked for yet is not loaded with the page: `load` runs the
 * first time one of `types` reaches an element matching `selector` (listened for on the
 * document, in the capture phase, before anything else). Every click made while the
 * code is on the way (a quick double click too) is kept and carried out, in order, once
 * it has arrived. Returns the loader, for loading without an event.
 */
export function loadOnUse(selector: string, types: readonly string[], load: () => Promise<unknown>): () => Promise<void> {
  const pending: HTMLElement[] = [];
  let ready: Promise<void> | undefined;
  const start = () =>
    (ready ??= load().then(() => {
      for (const type of types) document.removeEventListener(type, listener, true);
      pending.splice(0).forEach(replay);
    }));
  const listener = (event: Event) => {
    const el = event.target instanceof Element ? event.target.closest<HTMLElement>(selector) : null;
    if (!el) return;
    // Only a click has something to carry out (a focus has already happened).
    if (event.type === 'click') pending.push(el);
    void start();
  };
  for (const type of types) document.addEventListener(type, listener, true);
  return start;
}
