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

/** The CSS `unicode-range` value of a set of characters, consecutive code points merged. */
export function toUnicodeRange(chars: Iterable<string>): string {
  const points = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase();
  const parts: string[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(points[i]!)}` : `U+${hex(points[i]!)}-${hex(points[j]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}
