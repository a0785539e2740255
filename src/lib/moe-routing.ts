/**
 * Routing in a Mixture-of-Experts layer, the data behind question 73's figure:
 * top-k gate weights renormalised within the chosen experts (GShard, Mixtral), the
 * expert capacity C = ⌊c · k · T / E⌋, and dispatch with a capacity limit, where the
 * dispatches beyond an expert's C slots are dropped.
 */

export interface TopK {
  /** Chosen experts (0-based), largest probability first; ties go to the lower index. */
  experts: number[];
  /** Their gate weights p_i / Σ_{j in top-k} p_j, summing to 1. */
  weights: number[];
}

export function topKGates(probs: readonly number[], k: number): TopK {
  const order = probs.map((p, i) => [p, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const chosen = order.slice(0, k);
  const sum = chosen.reduce((acc, [p]) => acc + p, 0);
  return { experts: chosen.map(([, i]) => i), weights: chosen.map(([p]) => p / sum) };
}

/** Slots per expert: ⌊c · k · T / E⌋ for capacity factor c, top-k, T tokens and E experts. */
export function expertCapacity(c: number, k: number, tokens: number, experts: number): number {
  return Math.floor((c * k * tokens) / experts);
}

export interface Dispatch {
  /** For each expert, the tokens (0-based) that got a slot, in the order they got it. */
  kept: number[][];
  /** Dispatches that found the expert full: processed by no expert in this layer. */
  dropped: { token: number; expert: number }[];
  /** Slots left empty (padded with zeros) per expert. */
  empty: number[];
}

/**
 * Fill each expert's `capacity` slots. choices[t] lists token t's experts in order of
 * preference; all first choices are placed before any second choice, and within one
 * rank tokens go in batch order (for k = 1 this is plain batch order, as in Switch).
 */
export function dispatch(choices: readonly (readonly number[])[], experts: number, capacity: number): Dispatch {
  const kept: number[][] = Array.from({ length: experts }, () => []);
  const dropped: { token: number; expert: number }[] = [];
  const ranks = Math.max(0, ...choices.map((c) => c.length));
  for (let r = 0; r < ranks; r++) {
    choices.forEach((c, token) => {
      const expert = c[r];
      if (expert === undefined) return;
      if (kept[expert]!.length < capacity) kept[expert]!.push(token);
      else dropped.push({ token, expert });
    });
  }
  return { kept, dropped, empty: kept.map((k) => capacity - k.length) };
}

/** Question 73's figure: one token's router probabilities over 8 experts (they sum to 1). */
export const FIGURE_PROBS = [0.05, 0.3, 0.04, 0.08, 0.2, 0.1, 0.15, 0.08] as const;

/** Question 73's figure: a batch of 8 tokens, 4 experts, top-1, capacity factor 1.25. */
export const FIGURE_BATCH = { tokens: 8, experts: 4, k: 1, factor: 1.25, choices: [[0], [1], [0], [0], [2], [1], [3], [2]] } as const;
