/**
 * Question 96's counts: how many tokens ViT makes of an image, and which Swin window
 * each token of a G×G grid falls in, for the regular partition and for the one offset
 * by ⌊M/2⌋ (the window ids the page's example prints as letters A, B, C …).
 */

/** ViT: (res/patch)² patches, plus one class token. */
export function vitTokens(res: number, patch: number): { side: number; patches: number; tokens: number } {
  const side = Math.floor(res / patch);
  return { side, patches: side * side, tokens: side * side + 1 };
}

/** Window id of every token, row by row; windows are numbered row-major. */
export function windowIds(grid: number, window: number, shifted: boolean): number[][] {
  const off = shifted ? Math.floor(window / 2) : 0;
  // Offsetting by half a window leaves a partial window at each edge: one more per row and column.
  const perRow = Math.ceil((grid + off) / window);
  return Array.from({ length: grid }, (_, r) =>
    Array.from({ length: grid }, (_, c) => Math.floor((r + off) / window) * perRow + Math.floor((c + off) / window)),
  );
}

export const windowLetters = (ids: readonly (readonly number[])[]): string[][] => ids.map((row) => row.map((i) => 'ABCDEFGHIJKLMNOP'[i]!));

/** Fill strengths for a Grid: neighbouring windows alternate between two strengths (checkerboard by window row + column). */
export function windowShades(grid: number, window: number, shifted: boolean, light = 0.12, dark = 0.4): number[][] {
  const off = shifted ? Math.floor(window / 2) : 0;
  return Array.from({ length: grid }, (_, r) =>
    Array.from({ length: grid }, (_, c) => ((Math.floor((r + off) / window) + Math.floor((c + off) / window)) % 2 === 0 ? light : dark)),
  );
}

/** Sizes (tokens) of each window, in id order. */
export function windowSizes(ids: readonly (readonly number[])[]): number[] {
  const sizes = new Map<number, number>();
  for (const row of ids) for (const i of row) sizes.set(i, (sizes.get(i) ?? 0) + 1);
  return [...sizes.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}
