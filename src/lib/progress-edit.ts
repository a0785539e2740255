/**
 * Changing, counting and importing a reader's progress. Apart from progress.ts, which
 * only reads it: a question page reads its mark at load, and loads this when the
 * reader acts.
 */
import { markOf, PROGRESS_VERSION, type Mark, type Progress } from './progress';

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
