import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleOutput, parseNeutralising, parseNumpyVector, parseTrainingLog } from '../../src/lib/example-output';

const page = (lang: string, n: string) => readFileSync(join(__dirname, '../../content/questions', lang, `${n}.mdx`), 'utf8');

describe('exampleOutput', () => {
  const mdx = ['Intro', '', '```python', 'print(1)', '```', '', 'Output:', '', '```text', '1', '```', '', '```python', 'print(2)', '```', '', '```text', '2', '```', ''].join('\n');
  it('returns the text block after the n-th python block', () => {
    expect(exampleOutput(mdx)).toBe('1');
    expect(exampleOutput(mdx, 1)).toBe('2');
  });
  it('throws when there is no such example', () => {
    expect(() => exampleOutput(mdx, 2)).toThrow(/no Python example #3/);
  });
});

describe('parseTrainingLog (hand-written sample in the format of question 47)', () => {
  const sample = [
    'analytic 0.228429  finite-diff 0.228429',
    'step   0  test loss 3.278  mean weight on flagged key 0.171',
    'step  25  test loss 1.989  mean weight on flagged key 0.342',
    'step 300  test loss 0.002  mean weight on flagged key 0.977',
    'flagged positions: [2 2 3]',
  ].join('\n');
  it('keeps only the step lines, with their three numbers', () => {
    expect(parseTrainingLog(sample)).toEqual([
      { step: 0, testLoss: 3.278, flaggedWeight: 0.171 },
      { step: 25, testLoss: 1.989, flaggedWeight: 0.342 },
      { step: 300, testLoss: 0.002, flaggedWeight: 0.977 },
    ]);
  });
  it('refuses an output without step lines, or with steps out of order', () => {
    expect(() => parseTrainingLog('analytic 0.1  finite-diff 0.1')).toThrow(/no "step/);
    expect(() => parseTrainingLog('step  25  test loss 1.0  mean weight on flagged key 0.3\nstep   0  test loss 3.0  mean weight on flagged key 0.2')).toThrow(/does not follow/);
  });
});

describe('parseNumpyVector', () => {
  it('reads NumPy’s padded and bare formats', () => {
    expect(parseNumpyVector('[ 0.28  0.5  -0.12]')).toEqual([0.28, 0.5, -0.12]);
    expect(parseNumpyVector('[0. 0. 0.]')).toEqual([0, 0, 0]);
  });
  it('refuses what is not an array', () => {
    expect(() => parseNumpyVector('0.28 0.5')).toThrow(/not a printed array/);
    expect(() => parseNumpyVector('[0.1 abc]')).toThrow(/not all numbers/);
  });
});

describe('parseNeutralising (hand-written sample in the format of question 48)', () => {
  const sample = [
    '|cos(g, g_true)| = 0.998',
    'before: w.g = [ 0.3  -0.2] | mean cos: same group 0.33, other group -0.35',
    'after : w.g = [0. 0.] | mean cos: same group 0.31, other group -0.33',
    'w.u before: [ 0.6 -0.5] | after: [ 0.65 -0.52]',
  ].join('\n');
  it('pairs each word’s (w·g, w·u) before and after; the first half is group +1', () => {
    expect(parseNeutralising(sample)).toEqual([
      { word: 0, group: 1, before: { g: 0.3, u: 0.6 }, after: { g: 0, u: 0.65 } },
      { word: 1, group: -1, before: { g: -0.2, u: -0.5 }, after: { g: 0, u: -0.52 } },
    ]);
  });
  it('refuses arrays of different lengths, or a missing line', () => {
    expect(() => parseNeutralising(sample.replace('[ 0.6 -0.5]', '[ 0.6]'))).toThrow(/same, even length/);
    expect(() => parseNeutralising(sample.split('\n').slice(0, 3).join('\n'))).toThrow(/no line matching/);
  });
});

describe('question 47: the curve its figure draws, as the caption and text alternative state it', () => {
  const zh = parseTrainingLog(exampleOutput(page('zh', '047')));
  const en = parseTrainingLog(exampleOutput(page('en', '047')));
  it('zh and en print the same log', () => {
    expect(zh).toEqual(en);
  });
  it('has ten evaluations from step 0 to 300, dense where the weight jumps', () => {
    expect(en.map((p) => p.step)).toEqual([0, 10, 20, 25, 30, 40, 50, 100, 200, 300]);
  });
  it('weight on the flagged key: 0.171 at step 0 (uniform 1/6 ≈ 0.167), 0.263 at 20, 0.787 at 40, 0.977 at 300', () => {
    const at = (step: number) => en.find((p) => p.step === step)!;
    expect(at(0).flaggedWeight).toBe(0.171);
    expect(Math.abs(at(0).flaggedWeight - 1 / 6)).toBeLessThan(0.005);
    expect(at(20).flaggedWeight).toBe(0.263);
    expect(at(40).flaggedWeight).toBe(0.787);
    expect(at(300).flaggedWeight).toBe(0.977);
  });
  it('test loss: 3.278 at step 0, 2.444 at 20, 0.200 at 40, 0.002 at 300', () => {
    const at = (step: number) => en.find((p) => p.step === step)!;
    expect(at(0).testLoss).toBe(3.278);
    expect(at(20).testLoss).toBe(2.444);
    expect(at(40).testLoss).toBe(0.2);
    expect(at(300).testLoss).toBe(0.002);
  });
  it('slow, then fast, then flat: weight and loss change more in steps 20–40 than in 0–20 and 40–300 together', () => {
    const at = (step: number) => en.find((p) => p.step === step)!.flaggedWeight;
    // 0.787 − 0.263 = 0.524 > (0.263 − 0.171) + (0.977 − 0.787) = 0.092 + 0.190 = 0.282
    expect(at(40) - at(20)).toBeCloseTo(0.524, 10);
    expect(at(40) - at(20)).toBeGreaterThan(at(20) - at(0) + (at(300) - at(40)));
    // the loss too falls fastest there: 2.444 − 0.200 = 2.244 > (3.278 − 2.444) + (0.200 − 0.002) = 0.834 + 0.198 = 1.032
    const loss = (step: number) => en.find((p) => p.step === step)!.testLoss;
    expect(loss(20) - loss(40)).toBeCloseTo(2.244, 10);
    expect(loss(20) - loss(40)).toBeGreaterThan(loss(0) - loss(20) + (loss(40) - loss(300)));
    for (let i = 1; i < en.length; i++) {
      expect(en[i]!.flaggedWeight).toBeGreaterThan(en[i - 1]!.flaggedWeight);
      expect(en[i]!.testLoss).toBeLessThan(en[i - 1]!.testLoss);
    }
  });
});

describe('question 48: the points its figure draws, as the caption and text alternative state them', () => {
  const zh = parseNeutralising(exampleOutput(page('zh', '048')));
  const en = parseNeutralising(exampleOutput(page('en', '048')));
  it('zh and en print the same numbers, and the example’s groups are s = [1, 1, 1, -1, -1, -1]', () => {
    expect(zh).toEqual(en);
    for (const lang of ['zh', 'en']) expect(page(lang, '048')).toContain('s = np.array([1, 1, 1, -1, -1, -1])');
    expect(en.map((p) => p.group)).toEqual([1, 1, 1, -1, -1, -1]);
  });
  it('before: w·g 0.15 to 0.28 and w·u 0.50 to 0.70 for one group, w·g −0.28 to −0.12 and w·u −0.71 to −0.64 for the other', () => {
    const g = (group: number) => en.filter((p) => p.group === group).map((p) => p.before.g);
    expect([Math.min(...g(1)), Math.max(...g(1))]).toEqual([0.15, 0.28]);
    expect([Math.min(...g(-1)), Math.max(...g(-1))]).toEqual([-0.28, -0.12]);
    const u = (group: number) => en.filter((p) => p.group === group).map((p) => p.before.u);
    expect([Math.min(...u(1)), Math.max(...u(1))]).toEqual([0.5, 0.7]);
    expect([Math.min(...u(-1)), Math.max(...u(-1))]).toEqual([-0.71, -0.64]);
  });
  it('after: every w·g is 0, w·u 0.51 to 0.71 for one group and −0.74 to −0.64 for the other', () => {
    expect(en.every((p) => p.after.g === 0)).toBe(true);
    const u = (group: number) => en.filter((p) => p.group === group).map((p) => p.after.u);
    expect([Math.min(...u(1)), Math.max(...u(1))]).toEqual([0.51, 0.71]);
    expect([Math.min(...u(-1)), Math.max(...u(-1))]).toEqual([-0.74, -0.64]);
  });
  it('each word moves far less along u than the groups are apart, and the groups stay on opposite sides', () => {
    for (const p of en) {
      // largest move: the last word, −0.71 → −0.74, i.e. 0.03 (renormalising after the projection)
      expect(Math.abs(p.after.u - p.before.u)).toBeLessThan(0.0301);
      expect(Math.sign(p.after.u)).toBe(p.group);
    }
  });
});
