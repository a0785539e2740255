import type { Run, Script } from './script-runs';

/**
 * Fits text into a box of a given width and number of lines, for the link-preview
 * card, whose renderer cannot clip text that contains inline elements. Widths are
 * estimated per character, on the generous side, so the real text is never wider
 * than the estimate.
 */

/** Scripts are drawn at this fraction of the font size. */
export const SCRIPT_SCALE = 0.7;

const WIDE = /[\u1100-\u11ff\u2e80-\u303f\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of one character in em: CJK and full-width forms are square, Latin narrower. */
export function charWidth(c: string): number {
  if (WIDE.test(c)) return 1;
  // Noto Sans SC's Latin, measured, rounded up (bold runs about 5% wider).
  if (c === ' ') return 0.24;
  if (/[mwMW@%]/.test(c)) return 0.9;
  if (/[A-Z]/.test(c)) return 0.68;
  if (/[.,:;'|!ilj·]/.test(c)) return 0.3;
  if (/[a-z0-9]/.test(c)) return 0.56;
  return 0.62;
}

interface Glyph {
  c: string;
  script?: Script | undefined;
  w: number;
}

function glyphs(runs: readonly Run[], fontSize: number): Glyph[] {
  return runs.flatMap((r) => [...r.text].map((c) => ({ c, script: r.script, w: charWidth(c) * fontSize * (r.script ? SCRIPT_SCALE : 1) })));
}

/** Break opportunities: after a space, and before and after every wide character. */
function words(gs: Glyph[]): Glyph[][] {
  const out: Glyph[][] = [];
  let cur: Glyph[] = [];
  for (const g of gs) {
    if (WIDE.test(g.c) && cur.length) {
      out.push(cur);
      cur = [];
    }
    cur.push(g);
    if (g.c === ' ' || WIDE.test(g.c)) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

const width = (gs: Glyph[]) => gs.reduce((sum, g) => sum + g.w, 0);

function toRuns(gs: Glyph[]): Run[] {
  const runs: Run[] = [];
  for (const g of gs) {
    const last = runs[runs.length - 1];
    if (last && last.script === g.script) last.text += g.c;
    else runs.push(g.script ? { text: g.c, script: g.script } : { text: g.c });
  }
  return runs;
}

/** Lines the text takes at this width, breaking like a browser (greedy, at spaces and between CJK characters). */
export function lineCount(runs: readonly Run[], boxWidth: number, fontSize: number): number {
  return layout(glyphs(runs, fontSize), boxWidth).length;
}

function layout(gs: Glyph[], boxWidth: number): Glyph[][] {
  const lines: Glyph[][] = [[]];
  for (const word of words(gs)) {
    const line = lines[lines.length - 1]!;
    // A trailing space may hang past the edge, as in CSS.
    const w = width(word.filter((g, i) => !(i === word.length - 1 && g.c === ' ')));
    if (line.length > 0 && width(line) + w > boxWidth) lines.push([...word]);
    else line.push(...word);
  }
  return lines;
}

/**
 * The runs cut to at most `maxLines` lines of `boxWidth` px, ending in "…" when
 * something was cut (at a word or CJK character boundary where possible).
 */
export function fitRuns(runs: readonly Run[], boxWidth: number, fontSize: number, maxLines: number): { runs: Run[]; clipped: boolean } {
  const gs = glyphs(runs, fontSize);
  const lines = layout(gs, boxWidth);
  if (lines.length <= maxLines) return { runs: toRuns(gs), clipped: false };
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  const ellipsis: Glyph = { c: '…', w: fontSize };
  while (last.length > 0 && (width(last) + ellipsis.w > boxWidth || /[\s,，、;；:：]/.test(last[last.length - 1]!.c))) last.pop();
  return { runs: toRuns([...kept.flat(), ellipsis]), clipped: true };
}
