/**
 * Attention masks as "may query i look at key j" matrices, rows are queries and
 * columns keys, the convention of question 53. Blocking is the complement: a
 * combined mask blocks where either mask blocks (logical OR of blocked = AND of allowed).
 */
export type Allowed = boolean[][];

/** Decoder self-attention: position i sees keys 0..i. */
export function causalAllowed(n: number): Allowed {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => j <= i));
}

/** Right padding: the first `length` keys are real tokens, the rest PAD. Every query row is the same. */
export function paddingAllowed(n: number, length: number): Allowed {
  return Array.from({ length: n }, () => Array.from({ length: n }, (_, j) => j < length));
}

/** Bidirectional (encoder) self-attention: everything sees everything. */
export function fullAllowed(n: number): Allowed {
  return Array.from({ length: n }, () => Array.from({ length: n }, () => true));
}

/** Prefix-LM: the first `prefix` positions see each other both ways; after that, causal. */
export function prefixAllowed(n: number, prefix: number): Allowed {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => j < prefix || j <= i));
}

export function combineAllowed(...masks: Allowed[]): Allowed {
  const [first, ...rest] = masks;
  if (!first) return [];
  return first.map((row, i) => row.map((ok, j) => ok && rest.every((m) => m[i]![j]!)));
}

/** Grid values for a drawing: an allowed cell is filled at `fill`, a blocked one is null. */
export function maskValues(mask: Allowed, fill = 0.55): (number | null)[][] {
  return mask.map((row) => row.map((ok) => (ok ? fill : null)));
}
