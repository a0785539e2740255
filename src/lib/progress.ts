/**
 * A reader's progress: which questions they have mastered and which to review.
 * Stored in localStorage under a versioned key; anything that does not parse as
 * this exact shape is rejected (and the caller warns), never trusted.
 */

export const PROGRESS_KEY = 'transformer-qa:progress:v1';
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

export function serializeProgress(progress: Progress): string {
  const marks = Object.fromEntries(Object.entries(progress.marks).sort(([a], [b]) => Number(a) - Number(b)));
  return JSON.stringify({ version: PROGRESS_VERSION, marks });
}

/** Sets or clears (`null`) the mark of one question, returning a new object. */
export function setMark(progress: Progress, n: number, mark: Mark | null): Progress {
  const marks = { ...progress.marks };
  if (mark) marks[String(n)] = mark;
  else delete marks[String(n)];
  return { version: PROGRESS_VERSION, marks };
}

export function markOf(progress: Progress, n: number): Mark | null {
  return progress.marks[String(n)] ?? null;
}

/** Counts over the questions that exist (marks for withdrawn questions are not counted). */
export function summarize(progress: Progress, numbers: readonly number[]) {
  let mastered = 0;
  let review = 0;
  for (const n of numbers) {
    const m = markOf(progress, n);
    if (m === 'mastered') mastered++;
    else if (m === 'review') review++;
  }
  return { mastered, review, total: numbers.length };
}


/** What importing a file would do, worked out before anything is changed. */
export interface ImportPlan {
  /** Questions the reader has no mark for yet. */
  added: number[];
  /** Questions where the file's mark differs from the reader's. */
  changed: { n: number; mine: Mark; theirs: Mark }[];
  /** Numbers the site does not have: never stored. */
  ignored: number[];
  /** The file's marks for the questions the site has. */
  marks: Record<string, Mark>;
}

export function planImport(current: Progress, imported: Progress, known: readonly number[]): ImportPlan {
  const exists = new Set(known);
  const plan: ImportPlan = { added: [], changed: [], ignored: [], marks: {} };
  const numbers = Object.keys(imported.marks).map(Number).sort((a, b) => a - b);
  for (const n of numbers) {
    const theirs = imported.marks[String(n)]!;
    if (!exists.has(n)) {
      plan.ignored.push(n);
      continue;
    }
    plan.marks[String(n)] = theirs;
    const mine = markOf(current, n);
    if (mine === null) plan.added.push(n);
    else if (mine !== theirs) plan.changed.push({ n, mine, theirs });
  }
  return plan;
}

/**
 * Applies a plan: new marks always; where the marks differ, the file's (`replace`)
 * or the reader's own (`keep`).
 */
export function applyImport(current: Progress, plan: ImportPlan, conflicts: 'replace' | 'keep'): Progress {
  const marks = { ...current.marks };
  for (const n of plan.added) marks[String(n)] = plan.marks[String(n)]!;
  if (conflicts === 'replace') for (const c of plan.changed) marks[String(c.n)] = c.theirs;
  return { version: PROGRESS_VERSION, marks };
}
