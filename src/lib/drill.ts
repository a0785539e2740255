import { seededRandom } from './random';

/**
 * A drill is a queue of question numbers a reader goes through in practice mode:
 * a part of the series or the questions marked "to review", in order or shuffled.
 */

export { DRILL_KEY } from './storage-keys';

export interface Drill {
  queue: number[];
  /** Index in `queue` of the question being practised. */
  index: number;
  /** Questions whose answer the reader has revealed or marked during the drill. */
  answered: number[];
  /** Whether practice mode was on before the drill turned it on: restored at the end. */
  practiceBefore: boolean;
}

// A shuffle can be reproduced with a seed (tests).
export { seededRandom };

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function startDrill(numbers: readonly number[], order: 'in-order' | 'shuffled', options: { random?: () => number; practiceBefore?: boolean } = {}): Drill {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  return { queue: order === 'shuffled' ? shuffle(sorted, options.random) : sorted, index: 0, answered: [], practiceBefore: options.practiceBefore ?? false };
}

/** Records that question `n` was answered (idempotent); questions outside the drill are ignored. */
export function markAnswered(drill: Drill, n: number): Drill {
  if (!drill.queue.includes(n) || drill.answered.includes(n)) return drill;
  return { ...drill, answered: [...drill.answered, n] };
}

/** The drill is finished once its last question has been answered. */
export function drillFinished(drill: Drill): boolean {
  const last = drill.queue[drill.queue.length - 1];
  return last !== undefined && drill.answered.includes(last);
}

/** What the reader did in the drill: answered questions, and how those are marked now. */
export function drillSummary(drill: Drill, marks: Readonly<Record<string, 'mastered' | 'review'>>) {
  let mastered = 0;
  let review = 0;
  for (const n of drill.answered) {
    if (marks[String(n)] === 'mastered') mastered++;
    else if (marks[String(n)] === 'review') review++;
  }
  return { answered: drill.answered.length, total: drill.queue.length, mastered, review };
}

/** Where the drill stands when the reader is on question `n`; null if `n` is not in it. */
export function drillPosition(drill: Drill, n: number): { position: number; total: number; next?: number | undefined; prev?: number | undefined } | null {
  const i = drill.queue.indexOf(n);
  if (i === -1) return null;
  return { position: i + 1, total: drill.queue.length, next: drill.queue[i + 1], prev: drill.queue[i - 1] };
}

export function parseDrill(raw: string | null): Drill | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<Drill>;
    if (!Array.isArray(v.queue) || !v.queue.every((n) => Number.isInteger(n) && n > 0)) return null;
    if (!Number.isInteger(v.index) || v.index! < 0 || v.index! >= Math.max(1, v.queue.length)) return null;
    // Drills stored before these fields existed: nothing answered yet, practice was off.
    const answered = Array.isArray(v.answered) ? v.answered.filter((n) => v.queue!.includes(n)) : [];
    return { queue: v.queue, index: v.index!, answered, practiceBefore: v.practiceBefore === true };
  } catch {
    return null;
  }
}
