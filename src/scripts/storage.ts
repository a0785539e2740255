import type { Widget, WidgetStrings } from '../lib/widget-contract';
import { emptySchedule, migrateProgress, parseSchedule, SCHEDULE_KEY, type Schedule } from '../lib/schedule';
import { parseProgress, PROGRESS_KEY, serializeProgress, emptyProgress, type Progress } from '../lib/progress';

/** localStorage can throw (privacy modes, full quota); the site works on without it. */
export function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Saves (or with null removes) a value; false when storage is unavailable or full. */
export function write(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch (error) {
    console.warn(`could not save ${key}`, error);
    return false;
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


/**
 * The review schedule. A reader who has progress marks but no schedule gets one made
 * from the marks, once; the marks themselves are left as they are.
 */
export function loadSchedule(now = new Date()): Schedule {
  const raw = read(SCHEDULE_KEY);
  if (raw !== null) {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = null;
    }
    const parsed = parseSchedule(value);
    if (parsed.ok) return parsed.schedule;
    console.warn(`ignoring stored schedule (${parsed.ok ? '' : parsed.error})`);
    return emptySchedule();
  }
  const progress = loadProgress();
  if (Object.keys(progress.marks).length === 0) return emptySchedule();
  const migrated = migrateProgress(progress, now);
  saveSchedule(migrated);
  return migrated;
}

export function saveSchedule(schedule: Schedule): boolean {
  const ok = write(SCHEDULE_KEY, JSON.stringify(schedule));
  document.dispatchEvent(new CustomEvent('schedule-changed'));
  return ok;
}
