/**
 * Numbers a page's Python example prints, read back from the page for its figure.
 * The ```text block after a ```python block is the program's real output (the content
 * test tests/content/python-examples.test.ts runs every example and compares), so a
 * figure drawn from it shows exactly what a reader who runs the code gets.
 */
import { findPythonExamples } from './code-examples';

/** The printed output of the page's `index`-th example (0-based); throws if there is none. */
export function exampleOutput(mdx: string, index = 0): string {
  const example = findPythonExamples(mdx)[index];
  if (!example) throw new Error(`example-output: the page has no Python example #${index + 1} with a printed output`);
  return example.output;
}

/** One evaluation line of question 47's training loop. */
export interface TrainingPoint {
  step: number;
  testLoss: number;
  /** Mean attention weight on the flagged key over the test set. */
  flaggedWeight: number;
}

const TRAINING_LINE = /^step\s+(\d+)\s+test loss\s+([0-9.]+)\s+mean weight on flagged key\s+([0-9.]+)\s*$/;

/**
 * The lines `step  25  test loss 1.989  mean weight on flagged key 0.342` of an output,
 * in order; other lines are skipped. Throws if there is none, or the steps do not increase.
 */
export function parseTrainingLog(output: string): TrainingPoint[] {
  const points: TrainingPoint[] = [];
  for (const line of output.split('\n')) {
    const m = TRAINING_LINE.exec(line.trim());
    if (m) points.push({ step: Number(m[1]), testLoss: Number(m[2]), flaggedWeight: Number(m[3]) });
  }
  if (points.length === 0) throw new Error('parseTrainingLog: no "step … test loss … mean weight on flagged key …" line');
  points.forEach((p, i) => {
    if (i > 0 && p.step <= points[i - 1]!.step) throw new Error(`parseTrainingLog: step ${p.step} does not follow step ${points[i - 1]!.step}`);
  });
  return points;
}

/** A NumPy 1-D array as printed: `[ 0.28  0.5  -0.12]` or `[0. 0. 0.]`. */
export function parseNumpyVector(text: string): number[] {
  const m = /^\s*\[([^\]]*)\]\s*$/.exec(text);
  if (!m) throw new Error(`parseNumpyVector: not a printed array: ${text}`);
  const values = m[1]!.trim().split(/\s+/).filter(Boolean).map(Number);
  if (values.some((v) => !Number.isFinite(v))) throw new Error(`parseNumpyVector: not all numbers: ${text}`);
  return values;
}

/** Question 48's occupation words in the plane of the bias direction g and a second direction u. */
export interface NeutralisePoint {
  /** Position in the example's arrays; the stereotype sign is s = +1 for the first half. */
  word: number;
  /** +1: male-stereotyped, −1: female-stereotyped, from the example's `s`. */
  group: 1 | -1;
  before: { g: number; u: number };
  after: { g: number; u: number };
}

/**
 * Reads the lines `before: w.g = [...] | …`, `after : w.g = [...] | …` and
 * `w.u before: [...] | after: [...]`. The example's stereotype signs are
 * `s = [1, 1, 1, -1, -1, -1]`: the first half of the words are one group.
 */
export function parseNeutralising(output: string): NeutralisePoint[] {
  const lines = output.split('\n');
  const find = (re: RegExp): RegExpExecArray => {
    for (const line of lines) {
      const m = re.exec(line);
      if (m) return m;
    }
    throw new Error(`parseNeutralising: no line matching ${re}`);
  };
  const gBefore = parseNumpyVector(find(/^before\s*:\s*w\.g = (\[[^\]]*\])/)[1]!);
  const gAfter = parseNumpyVector(find(/^after\s*:\s*w\.g = (\[[^\]]*\])/)[1]!);
  const uLine = find(/^w\.u before:\s*(\[[^\]]*\])\s*\|\s*after:\s*(\[[^\]]*\])/);
  const uBefore = parseNumpyVector(uLine[1]!);
  const uAfter = parseNumpyVector(uLine[2]!);
  const n = gBefore.length;
  if (n % 2 !== 0 || [gAfter, uBefore, uAfter].some((v) => v.length !== n)) {
    throw new Error('parseNeutralising: the four arrays must have the same, even length');
  }
  return gBefore.map((g, i) => ({
    word: i,
    group: i < n / 2 ? 1 : -1,
    before: { g, u: uBefore[i]! },
    after: { g: gAfter[i]!, u: uAfter[i]! },
  }));
}
