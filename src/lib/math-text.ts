/**
 * Splits a diagram label such as "W_Q", "K_c^{(l)}" or "H_{enc}" into runs of normal,
 * subscript and superscript text, for parts/MathText. `_x` and `^x` take one
 * character, `_{…}` and `^{…}` a group; everything else is normal text.
 */
export type RunKind = 'normal' | 'sub' | 'sup';

export interface Run {
  kind: RunKind;
  text: string;
}

export function mathRuns(label: string): Run[] {
  const runs: Run[] = [];
  const push = (kind: RunKind, text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.text += text;
    else runs.push({ kind, text });
  };
  const chars = [...label];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if ((c === '_' || c === '^') && i + 1 < chars.length) {
      const kind: RunKind = c === '_' ? 'sub' : 'sup';
      if (chars[i + 1] === '{') {
        const close = chars.indexOf('}', i + 2);
        if (close === -1) throw new Error(`mathRuns: unclosed group in "${label}"`);
        push(kind, chars.slice(i + 2, close).join(''));
        i = close + 1;
      } else {
        push(kind, chars[i + 1]!);
        i += 2;
      }
    } else {
      push('normal', c);
      i += 1;
    }
  }
  return runs;
}
