/**
 * A teacher's soft targets at temperature T: the data behind question 94's figure.
 * p_i = exp(v_i / T) / Σ_j exp(v_j / T).
 */
import { softmax } from './softmax-stats';

/** Question 94's example: teacher logits for one picture of a cat. */
export const CAT_CLASSES = ['cat', 'dog', 'fox', 'car', 'truck'] as const;
export const CAT_TEACHER_LOGITS: readonly number[] = [6.0, 3.5, 2.5, -1.0, -2.0];

export function softTargets(logits: readonly number[], T: number): number[] {
  return softmax(logits.map((v) => v / T));
}

export interface SoftTarget {
  T: number;
  cls: (typeof CAT_CLASSES)[number];
  p: number;
}

/** The teacher's distribution at each temperature, one row per (T, class). */
export function softTargetTable(temperatures: readonly number[], logits: readonly number[] = CAT_TEACHER_LOGITS): SoftTarget[] {
  return temperatures.flatMap((T) => softTargets(logits, T).map((p, k) => ({ T, cls: CAT_CLASSES[k]!, p })));
}
