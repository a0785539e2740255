import { describe, expect, it } from 'vitest';
import { CAT_TEACHER_LOGITS, softTargetTable, softTargets } from '../../src/lib/distill-temperature';

const v = CAT_TEACHER_LOGITS; // 6, 3.5, 2.5, −1, −2 (cat, dog, fox, car, truck)
const r3 = (p: number[]) => p.map((x) => x.toFixed(3));

describe('the teacher’s soft targets of question 94, worked by hand', () => {
  it('T = 1: e^0, e^−2.5, e^−3.5, e^−7, e^−8 = 1, 0.082085, 0.030197, 0.000912, 0.000335; sum 1.113530 → 0.898 0.074 0.027 0.001 0.000', () => {
    const p = softTargets(v, 1);
    expect(p[0]).toBeCloseTo(1 / 1.11353, 5);
    expect(r3(p)).toEqual(['0.898', '0.074', '0.027', '0.001', '0.000']);
  });
  it('T = 2: logits/2 → 1, e^−1.25, e^−1.75, e^−3.5, e^−4; sum 1.508793 → 0.663 0.190 0.115 0.020 0.012', () => {
    expect(softTargets(v, 2)[0]).toBeCloseTo(1 / 1.508793, 5);
    expect(r3(softTargets(v, 2))).toEqual(['0.663', '0.190', '0.115', '0.020', '0.012']);
  });
  it('T = 4: logits/4 → 1, e^−0.625, e^−0.875, e^−1.75, e^−2; sum 2.261232 → 0.442 0.237 0.184 0.077 0.060', () => {
    expect(softTargets(v, 4)[0]).toBeCloseTo(1 / 2.261232, 5);
    expect(r3(softTargets(v, 4))).toEqual(['0.442', '0.237', '0.184', '0.077', '0.060']);
  });
  it('T = 8: logits/8 → 1, e^−0.3125, e^−0.4375, e^−0.875, e^−1; sum 3.162006 → 0.316 0.231 0.204 0.132 0.116', () => {
    expect(softTargets(v, 8)[0]).toBeCloseTo(1 / 3.162006, 5);
    expect(r3(softTargets(v, 8))).toEqual(['0.316', '0.231', '0.204', '0.132', '0.116']);
  });
});

describe('the shape question 94 draws', () => {
  const table = softTargetTable([1, 2, 4, 8]);
  it('20 rows, each temperature sums to 1, order of classes kept at every T', () => {
    expect(table).toHaveLength(20);
    for (const T of [1, 2, 4, 8]) {
      const p = table.filter((d) => d.T === T).map((d) => d.p);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      for (let k = 1; k < 5; k++) expect(p[k]).toBeLessThan(p[k - 1]!);
    }
  });
  it('raising T lowers cat and raises car and truck', () => {
    const series = (cls: string) => table.filter((d) => d.cls === cls).map((d) => d.p);
    const cat = series('cat');
    for (let k = 1; k < 4; k++) expect(cat[k]).toBeLessThan(cat[k - 1]!);
    for (const cls of ['car', 'truck']) {
      const s = series(cls);
      for (let k = 1; k < 4; k++) expect(s[k]).toBeGreaterThan(s[k - 1]!);
    }
  });
});
