/**
 * Ordering and navigation of the series. Questions are identified by their number;
 * numbering may have gaps (a question can be withdrawn), so neighbours are found by
 * position in the sorted list, never by n ± 1.
 */

export interface Numbered {
  number: number;
}

export const PART_SIZE = 5;

export interface Part<T> {
  /** First and last number the part covers, e.g. 46 and 50, whether or not all exist. */
  start: number;
  end: number;
  questions: T[];
}

export function sortByNumber<T extends Numbered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.number - b.number);
}

export function neighbours<T extends Numbered>(sorted: readonly T[], n: number): { prev?: T | undefined; next?: T | undefined } {
  const i = sorted.findIndex((q) => q.number === n);
  if (i === -1) return {};
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}

/** The part a number belongs to: parts are 1-5, 6-10, …, 46-50, … */
export function partRange(n: number, size = PART_SIZE): { start: number; end: number } {
  const start = Math.floor((n - 1) / size) * size + 1;
  return { start, end: start + size - 1 };
}

/** Groups sorted questions into parts; parts with no questions are left out. */
export function groupIntoParts<T extends Numbered>(sorted: readonly T[], size = PART_SIZE): Part<T>[] {
  const parts: Part<T>[] = [];
  for (const q of sorted) {
    const { start, end } = partRange(q.number, size);
    const last = parts.at(-1);
    if (last && last.start === start) last.questions.push(q);
    else parts.push({ start, end, questions: [q] });
  }
  return parts;
}

export interface SourcedQuestion extends Numbered {
  /** Path of the content file, used in error messages. */
  file: string;
  related: readonly number[];
}

/**
 * Problems that a schema cannot see because they involve several files: two files
 * claiming one number, and `related` numbers that do not exist. Each message names
 * the file(s) at fault.
 */
export function seriesProblems(questions: readonly SourcedQuestion[]): string[] {
  const problems: string[] = [];
  const byNumber = new Map<number, SourcedQuestion[]>();
  for (const q of questions) byNumber.set(q.number, [...(byNumber.get(q.number) ?? []), q]);
  for (const [n, qs] of byNumber) {
    if (qs.length > 1) problems.push(`duplicate question number ${n} in ${qs.map((q) => q.file).join(' and ')}`);
  }
  for (const q of questions) {
    for (const r of q.related) {
      if (r === q.number) problems.push(`${q.file}: related lists the question itself (${r})`);
      else if (!byNumber.has(r)) problems.push(`${q.file}: related question ${r} does not exist`);
    }
  }
  return problems;
}
