/** Parsing of CSS `unicode-range`, to pick the font subset files a text needs. */

export type Range = [number, number];

export function parseUnicodeRange(value: string): Range[] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      if (part.includes('?')) {
        return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)] as Range;
      }
      const [a, b] = part.split('-');
      const start = parseInt(a!, 16);
      return [start, b ? parseInt(b, 16) : start] as Range;
    });
}

export function covers(ranges: readonly Range[], codePoint: number): boolean {
  return ranges.some(([a, b]) => codePoint >= a && codePoint <= b);
}

export interface Face<T> {
  ranges: Range[];
  file: T;
}

/** The faces needed to draw every character of `text`, in the order given. */
export function facesFor<T>(text: string, faces: readonly Face<T>[]): Face<T>[] {
  const needed = new Set<Face<T>>();
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0)!;
    const face = faces.find((f) => covers(f.ranges, cp));
    if (face) needed.add(face);
  }
  return faces.filter((f) => needed.has(f));
}
