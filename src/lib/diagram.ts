/**
 * Geometry for the build-time SVG diagrams. Arrowheads are drawn as polygons rather
 * than SVG markers, because a marker needs an id and two figures on one page must
 * not share ids.
 */

export type Point = readonly [number, number];

/** The three corners of an arrowhead whose tip is at `to`, pointing away from `from`. */
export function arrowHead(from: Point, to: Point, length = 9, halfWidth = 4.5): [Point, Point, Point] {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const bx = to[0] - ux * length;
  const by = to[1] - uy * length;
  return [to, [bx - uy * halfWidth, by + ux * halfWidth], [bx + uy * halfWidth, by - ux * halfWidth]];
}

/** A shaft that stops where the arrowhead starts, so a thick line does not poke past the tip. */
export function shaftEnd(from: Point, to: Point, length = 9): Point {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const d = Math.hypot(dx, dy) || 1;
  return [to[0] - (dx / d) * (length - 1), to[1] - (dy / d) * (length - 1)];
}

export const pointsAttr = (points: readonly Point[]): string => points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');

export const round = (v: number): number => Math.round(v * 100) / 100;

/**
 * Baseline offsets (in em) for `lines` lines of text centred vertically on a point.
 * One line sits at +0.35em (visually centred); each further line moves the block up half a line.
 */
export function lineOffsets(lines: number, lineHeight = 1.25): number[] {
  const first = 0.35 - ((lines - 1) * lineHeight) / 2;
  return Array.from({ length: lines }, (_, i) => round(first + i * lineHeight));
}

export interface GridCell {
  row: number;
  col: number;
  x: number;
  y: number;
  value: number | null;
}

/** Cells of a matrix drawn from its top-left corner, row by row. */
export function gridCells(values: readonly (readonly (number | null)[])[], x: number, y: number, size: number): GridCell[] {
  return values.flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, x: x + c * size, y: y + r * size, value })));
}
