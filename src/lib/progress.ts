/**
 * A reader's progress: which questions they have mastered and which to review.
 * Stored in localStorage under a versioned key; anything that does not parse as
 * this exact shape is rejected (and the caller warns), never trusted.
 */

export { PROGRESS_KEY } from './storage-keys';
export const PROGRESS_VERSION = 1;

export type Mark = 'mastered' | 'review';
export const MARKS: readonly Mark[] = ['mastered', 'review'];

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Question number → mark. Unmarked questions are absent. */
  marks: Record<string, Mark>;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, marks: {} });

export type ParseResult = { ok: true; progress: Progress } | { ok: false; error: string };

export function parseProgress(raw: string | null): ParseResult {
  if (raw === null || raw === '') return { ok: true, progress: emptyProgress() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'not an object' };
  const v = value as { version?: unknown; marks?: unknown };
  if (v.version !== PROGRESS_VERSION) return { ok: false, error: `unsupported version ${JSON.stringify(v.version)}` };
  if (typeof v.marks !== 'object' || v.marks === null || Array.isArray(v.marks)) return { ok: false, error: 'marks is not an object' };
  const marks: Record<string, Mark> = {};
  for (const [key, mark] of Object.entries(v.marks)) {
    if (!/^[1-9]\d{0,5}$/.test(key)) return { ok: false, error: `bad question number ${JSON.stringify(key)}` };
    if (!MARKS.includes(mark as Mark)) return { ok: false, error: `bad mark ${JSON.stringify(mark)} for question ${key}` };
    marks[key] = mark as Mark;
  }
  return { ok: true, progress: { version: PROGRESS_VERSION, marks } };
}

export function markOf(progress: Progress, n: number): Mark | null {
  return progress.marks[String(n)] ?? null;
}
