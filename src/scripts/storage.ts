import type { Widget, WidgetStrings } from '../lib/widget-contract';
import { parseProgress, PROGRESS_KEY, serializeProgress, emptyProgress, type Progress } from '../lib/progress';

/** localStorage can throw (privacy modes, full quota); the site works on without it. */
export function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch (error) {
    console.warn(`could not save ${key}`, error);
  }
}

export function loadProgress(): Progress {
  const result = parseProgress(read(PROGRESS_KEY));
  if (result.ok) return result.progress;
  console.warn(`ignoring stored progress (${result.error})`);
  return emptyProgress();
}

export function saveProgress(progress: Progress): void {
  write(PROGRESS_KEY, serializeProgress(progress));
  document.dispatchEvent(new CustomEvent('progress-changed'));
}

export { PRACTICE_KEY } from '../lib/practice';

/** A widget's interface strings, as its component wrote them (lib/widget-strings.ts). */
export function strings<W extends Widget>(el: HTMLElement | null, _widget: W): WidgetStrings<W> {
  return JSON.parse(el?.dataset.strings ?? '{}') as WidgetStrings<W>;
}

