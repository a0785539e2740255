import { attention, diagonalWins, entropyBits, formatCell, heatBucket, randomProjection, type AttentionResult, type Matrix } from './attention';
import { fill, type WidgetStrings } from './widget-contract';

/**
 * The attention explorer's fixed inputs and its state → figure mapping, shared by the
 * build (first frame) and the browser script, so both draw exactly the same numbers.
 */

/** Five tokens × d_model = 4, components of roughly unit variance. */
export const EXPLORER_X: Matrix = [
  [0.9, -0.3, 0.2, 1.1],
  [-0.4, 1.2, 0.8, -0.5],
  [1.0, 0.6, -1.1, 0.3],
  [-0.8, -0.9, 0.5, 0.7],
  [0.3, 1.0, 1.2, -0.9],
];

/** Key dimensions offered: enough range to see the unscaled softmax saturate. */
export const EXPLORER_DKS = [2, 4, 16, 64, 256] as const;

const D_MODEL = 4;
const SEED_Q = 11;
const SEED_K = 23;
/** W_V = I: the output row is then a weighted average of the word vectors themselves. */
const IDENTITY: Matrix = Array.from({ length: D_MODEL }, (_, i) => Array.from({ length: D_MODEL }, (_, j) => (i === j ? 1 : 0)));

export interface ExplorerState {
  x: Matrix;
  dk: number;
  scale: boolean;
  temperature: number;
  shared: boolean;
  diagonal: boolean;
  causal: boolean;
  query: number;
}

export function explorerState(overrides: Partial<ExplorerState> = {}): ExplorerState {
  return {
    x: EXPLORER_X.map((row) => [...row]),
    dk: 4,
    scale: true,
    temperature: 1,
    shared: false,
    diagonal: false,
    causal: false,
    query: 2,
    ...overrides,
  };
}

export interface ExplorerView {
  result: AttentionResult;
  /** What the scores were divided by, for the caption: "√4 × 1.00". */
  divisorLabel: string;
  diagonalWins: number;
}

export function runExplorer(state: ExplorerState): ExplorerView {
  const result = attention({
    x: state.x,
    wq: randomProjection(D_MODEL, state.dk, SEED_Q),
    wk: randomProjection(D_MODEL, state.dk, SEED_K),
    wv: IDENTITY,
    shared: state.shared,
    scale: state.scale,
    temperature: state.temperature,
    mask: { causal: state.causal, diagonal: state.diagonal },
  });
  const divisorLabel = `${state.scale ? `√${state.dk}` : '1'} × ${state.temperature.toFixed(2)}`;
  return { result, divisorLabel, diagonalWins: diagonalWins(result.weights) };
}

/** One table cell of the figure: its text and its classes. */
export interface Cell {
  text: string;
  className: string;
}

/** Scaled scores; a masked score reads −∞, which is what softmax receives. */
export function scoreCells(r: AttentionResult): Cell[][] {
  return r.scores.map((row, i) =>
    row.map((s, j) => (r.allowed[i]![j] ? { text: formatCell(s), className: '' } : { text: '−∞', className: 'masked' })),
  );
}

/** Weights with their heat-map bucket. */
export function weightCells(r: AttentionResult): Cell[][] {
  return r.weights.map((row, i) =>
    row.map((w, j) => ({ text: formatCell(w), className: `heat-${heatBucket(w)}${r.allowed[i]![j] ? '' : ' masked'}` })),
  );
}

/** Interface templates of the figure (lib/widget-strings.ts), filled in by figureText. */
export type ExplorerStrings = WidgetStrings<'explorer'>;

/** The figure's controls as the script reads them from the form. */
export interface ExplorerControls {
  checked(name: string): boolean;
  value(name: string): string;
  /** The chosen query row. */
  query: number;
}

/** The settings a form describes: `n` tokens of `dims` embedding dimensions. */
export function stateFromControls(c: ExplorerControls, n: number, dims: number): ExplorerState {
  const number = (name: string) => Number(c.value(name));
  const x = Array.from({ length: n }, (_, i) =>
    Array.from({ length: dims }, (_, d) => {
      const v = number(`x-${i}-${d}`);
      // An emptied or half-typed field counts as 0 rather than poisoning the figure with NaN.
      return Number.isFinite(v) ? v : 0;
    }),
  );
  return explorerState({
    x,
    dk: number('dk'),
    scale: c.checked('scale'),
    temperature: 2 ** number('temperature'),
    shared: c.checked('shared'),
    diagonal: c.checked('diagonal'),
    causal: c.checked('causal'),
    query: c.query,
  });
}

/** The figure's words for one state: the scores caption and the inspected row's output. */
export function figureText(view: ExplorerView, query: number, tokens: readonly string[], strings: ExplorerStrings) {
  const row = view.result.weights[query]!;
  return {
    scoresCaption: fill(strings, 'explorerScores', { divisor: view.divisorLabel }),
    outputTitle: fill(strings, 'explorerOutput', { token: tokens[query] }),
    sum: `${sumTerms(row, tokens).join(' + ')} = [${view.result.output[query]!.map((v) => formatCell(v)).join(', ')}]`,
    summary: `${fill(strings, 'explorerRowSummary', {
      max: formatCell(Math.max(...row)),
      entropy: entropyBits(row).toFixed(2),
      uniform: Math.log2(tokens.length).toFixed(2),
    })} ${fill(strings, 'explorerDiagonalSummary', { count: view.diagonalWins, total: tokens.length })}`,
  };
}

/** "0.62 × cat + 0.20 × sat": the terms of one output row, skipping weights that round to zero. */
export function sumTerms(weights: readonly number[], tokens: readonly string[]): string[] {
  return weights.flatMap((w, j) => (Number(w.toFixed(2)) === 0 ? [] : [`${formatCell(w)} × ${tokens[j]}`]));
}

let explorerCount = 0;
/** A fresh id prefix per rendered figure: ids and radio-group names must not collide on a page. */
export function nextExplorerId(): string {
  explorerCount += 1;
  return `explorer-${explorerCount}`;
}
