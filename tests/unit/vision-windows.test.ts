import { describe, expect, it } from 'vitest';
import { vitTokens, windowIds, windowLetters, windowShades, windowSizes } from '../../src/lib/vision-windows';

describe('vitTokens', () => {
  it('224 px with 16×16 patches: 14 × 14 = 196 patches, 197 tokens with the class token', () => {
    expect(vitTokens(224, 16)).toEqual({ side: 14, patches: 196, tokens: 197 });
  });
  it('matches the other rows the page prints: 224/32 → 50, 224/14 → 257, 384/16 → 577', () => {
    expect(vitTokens(224, 32).tokens).toBe(50); // 7² + 1
    expect(vitTokens(224, 14).tokens).toBe(257); // 16² + 1
    expect(vitTokens(384, 16).tokens).toBe(577); // 24² + 1
  });
});

const rows = (s: string) => s.trim().split('\n').map((l) => l.trim().split(' '));

describe('Swin windows on an 8×8 token grid with M = 4, exactly as question 96 prints them', () => {
  it('regular: four 4×4 windows A–D', () => {
    expect(windowLetters(windowIds(8, 4, false))).toEqual(
      rows(`
        A A A A B B B B
        A A A A B B B B
        A A A A B B B B
        A A A A B B B B
        C C C C D D D D
        C C C C D D D D
        C C C C D D D D
        C C C C D D D D`),
    );
  });
  it('shifted by M/2 = 2: nine windows A–I, boundaries after rows and columns 2 and 6', () => {
    expect(windowLetters(windowIds(8, 4, true))).toEqual(
      rows(`
        A A B B B B C C
        A A B B B B C C
        D D E E E E F F
        D D E E E E F F
        D D E E E E F F
        D D E E E E F F
        G G H H H H I I
        G G H H H H I I`),
    );
  });
  it('shifted window sizes: corners 2×2 = 4, edges 2×4 = 8, centre E 4×4 = 16; 64 tokens in all', () => {
    const sizes = windowSizes(windowIds(8, 4, true));
    expect(sizes).toEqual([4, 8, 4, 8, 16, 8, 4, 8, 4]);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(64);
  });
  it('window E takes 4 tokens from each of the regular windows A, B, C and D', () => {
    const reg = windowIds(8, 4, false);
    const sh = windowIds(8, 4, true);
    const from = new Map<number, number>();
    sh.forEach((row, r) => row.forEach((id, c) => id === 4 && from.set(reg[r]![c]!, (from.get(reg[r]![c]!) ?? 0) + 1)));
    expect([...from.entries()].sort()).toEqual([[0, 4], [1, 4], [2, 4], [3, 4]]);
  });
  it('shades: neighbouring windows differ, one shade per window, all ≤ 0.45 so cell text stays readable', () => {
    for (const shifted of [false, true]) {
      const ids = windowIds(8, 4, shifted);
      const shade = windowShades(8, 4, shifted);
      for (let r = 0; r < 8; r++)
        for (let c = 0; c < 8; c++) {
          expect(shade[r]![c]!).toBeLessThanOrEqual(0.45);
          if (c < 7 && ids[r]![c] !== ids[r]![c + 1]) expect(shade[r]![c]).not.toBe(shade[r]![c + 1]);
          if (r < 7 && ids[r]![c] !== ids[r + 1]![c]) expect(shade[r]![c]).not.toBe(shade[r + 1]![c]);
          if (c < 7 && ids[r]![c] === ids[r]![c + 1]) expect(shade[r]![c]).toBe(shade[r]![c + 1]);
        }
    }
  });
});
