import { describe, expect, it } from 'vitest';
import { arrowHead, gridCells, lineOffsets, pointsAttr, shaftEnd } from '../../src/lib/diagram';

describe('arrowHead', () => {
  it('points along the segment: a rightward arrow to (100, 50) has its base 9 units back, 4.5 either side', () => {
    expect(arrowHead([0, 50], [100, 50])).toEqual([
      [100, 50],
      [91, 54.5],
      [91, 45.5],
    ]);
  });
  it('works downward too', () => {
    const [tip, a, b] = arrowHead([10, 0], [10, 40], 10, 5);
    expect(tip).toEqual([10, 40]);
    expect(a[1]).toBe(30);
    expect(b[1]).toBe(30);
    expect(Math.abs(a[0] - b[0])).toBe(10);
  });
  it('does not divide by zero for a zero-length segment', () => {
    expect(arrowHead([5, 5], [5, 5]).flat().every(Number.isFinite)).toBe(true);
  });
});

describe('shaftEnd', () => {
  it('stops the line one unit inside the head', () => {
    expect(shaftEnd([0, 0], [100, 0])).toEqual([92, 0]);
  });
});

describe('lineOffsets', () => {
  it('centres one, two and three lines on the anchor point', () => {
    expect(lineOffsets(1)).toEqual([0.35]);
    const [a, b] = lineOffsets(2);
    expect(Math.abs(a! + 0.275)).toBeLessThanOrEqual(0.0051);
    expect(Math.abs(b! - 0.975)).toBeLessThanOrEqual(0.0051);
    expect(b! - a!).toBeCloseTo(1.25, 1);
    expect(lineOffsets(3)).toEqual([-0.9, 0.35, 1.6]);
  });
});

describe('gridCells and pointsAttr', () => {
  it('lays a matrix out row by row from its corner', () => {
    expect(gridCells([[1, null], [0.5, 0]], 10, 20, 5)).toEqual([
      { row: 0, col: 0, x: 10, y: 20, value: 1 },
      { row: 0, col: 1, x: 15, y: 20, value: null },
      { row: 1, col: 0, x: 10, y: 25, value: 0.5 },
      { row: 1, col: 1, x: 15, y: 25, value: 0 },
    ]);
  });
  it('rounds coordinates to two decimals', () => {
    expect(pointsAttr([[1 / 3, 2], [3, 4.005]])).toBe('0.33,2 3,4.01');
  });
});
