/**
 * Which activations a normaliser averages over to produce one output element, on a
 * B × T × d block (batch × positions × features), for question 55's figure. The block
 * is indexed [b][t][k] from 0; `lengths[b]` real tokens, then padding.
 */
export type Block<T> = T[][][];

export interface NormBlock {
  B: number;
  T: number;
  d: number;
  /** Real tokens per sequence; positions from lengths[b] on are padding. */
  lengths: readonly number[];
}

export interface Element {
  b: number;
  t: number;
  k: number;
}

const build = <T>({ B, T, d }: NormBlock, f: (b: number, t: number, k: number) => T): Block<T> =>
  Array.from({ length: B }, (_, b) => Array.from({ length: T }, (_, t) => Array.from({ length: d }, (_, k) => f(b, t, k))));

/** LayerNorm: y[b][t][k] uses the mean and variance of x[b][t][·], that token's own d features. */
export function layerNormSet(block: NormBlock, at: Element): Block<boolean> {
  return build(block, (b, t) => b === at.b && t === at.t);
}

/** BatchNorm in a sequence model: y[b][t][k] uses feature k over every sequence and every position, padding included. */
export function batchNormSet(block: NormBlock, at: Element): Block<boolean> {
  return build(block, (_b, _t, k) => k === at.k);
}

export function isPadding(block: NormBlock, b: number, t: number): boolean {
  return t >= block.lengths[b]!;
}

export interface SetCount {
  /** How many values the statistics are taken over. */
  values: number;
  /** How many of them sit at padding positions. */
  padding: number;
}

export function countSet(block: NormBlock, set: Block<boolean>): SetCount {
  let values = 0;
  let padding = 0;
  set.forEach((rows, b) =>
    rows.forEach((row, t) =>
      row.forEach((inSet) => {
        if (!inSet) return;
        values++;
        if (isPadding(block, b, t)) padding++;
      }),
    ),
  );
  return { values, padding };
}

/**
 * Grid values for one sequence's T × d slice: a cell in the set is filled at `fill`,
 * a padding cell outside it is null (grey), any other cell empty (0).
 */
export function sliceValues(block: NormBlock, set: Block<boolean>, b: number, fill = 0.45): (number | null)[][] {
  return set[b]!.map((row, t) => row.map((inSet) => (inSet ? fill : isPadding(block, b, t) ? null : 0)));
}
