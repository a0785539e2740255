import type { Mark } from './progress';

/**
 * The mark a question page shows at load, read without the full parser, which loads
 * with the study tools on first use. It agrees with `parseProgress` + `markOf` on every
 * input (tests/unit/progress.test.ts holds it to that): stored progress that would be
 * rejected shows no mark.
 */
export function markAtLoad(raw: string | null, n: number | string): Mark | null {
  try {
    const v = JSON.parse(raw ?? '') as { version?: unknown; marks?: Record<string, unknown> } | null;
    // An array of marks has only keys like "0", which no question number matches.
    const marks = v?.version === 1 && typeof v.marks === 'object' ? v.marks : null;
    if (!marks || !Object.entries(marks).every(([k, m]) => /^[1-9]\d{0,5}$/.test(k) && (m === 'mastered' || m === 'review'))) return null;
    return (marks[n] as Mark | undefined) ?? null;
  } catch {
    return null;
  }
}
