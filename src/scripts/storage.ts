import type { Widget, WidgetStrings } from '../lib/widget-contract';
import { emptySchedule, parseSchedule, SCHEDULE_KEY, type Schedule } from '../lib/schedule';
import { parseProgress, PROGRESS_KEY, emptyProgress, type Progress } from '../lib/progress';
import { serializeProgress } from '../lib/progress-edit';

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


/** The review schedule as stored (empty when there is none or it does not parse). */
export function loadSchedule(): Schedule {
  const raw = read(SCHEDULE_KEY);
  if (raw === null) return emptySchedule();
  let value: unknown = null;
  try {
    value = JSON.parse(raw);
  } catch {
    /* reported below */
  }
  const parsed = parseSchedule(value);
  if (parsed.ok) return parsed.schedule;
  console.warn(`ignoring stored schedule (${parsed.error})`);
  return emptySchedule();
}

/**
 * The schedule, made from the reader's progress marks the first time there is none:
 * once, leaving the marks as they are. Loads the scheduler only when it must migrate.
 */
export async function readySchedule(now = new Date()): Promise<Schedule> {
  if (read(SCHEDULE_KEY) !== null) return loadSchedule();
  const progress = loadProgress();
  if (Object.keys(progress.marks).length === 0) return emptySchedule();
  const { migrateProgress } = await import('../lib/schedule-fsrs');
  const migrated = migrateProgress(progress, now);
  saveSchedule(migrated);
  return migrated;
}

export function saveSchedule(schedule: Schedule): boolean {
  const ok = write(SCHEDULE_KEY, JSON.stringify(schedule));
  document.dispatchEvent(new CustomEvent('schedule-changed'));
  return ok;
}
