import { describe, expect, it } from 'vitest';
import { covers, facesFor, parseUnicodeRange } from '../../src/lib/unicode-range';
import { cardLayout } from '../../src/og/card';
import { scriptRuns } from '../../src/lib/script-runs';
import { lineCount } from '../../src/lib/text-fit';

describe('parseUnicodeRange', () => {
  it('reads single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-4e0f, U+3002,U+1F3??')).toEqual([
      [0x4e00, 0x4e0f],
      [0x3002, 0x3002],
      [0x1f300, 0x1f3ff],
    ]);
  });
  it('covers what it lists and nothing else', () => {
    const r = parseUnicodeRange('U+4e00-4e0f');
    expect(covers(r, 0x4e05)).toBe(true);
    expect(covers(r, 0x4e10)).toBe(false);
  });
});

describe('facesFor', () => {
  const faces = [
    { file: 'latin', ranges: parseUnicodeRange('U+0000-00FF') },
    { file: 'cjk-a', ranges: parseUnicodeRange('U+4E00-4FFF') },
    { file: 'cjk-b', ranges: parseUnicodeRange('U+5000-9FFF') },
  ];
  it('picks only the subsets a text needs, in the given order', () => {
    expect(facesFor('softmax 与', faces).map((f) => f.file)).toEqual(['latin', 'cjk-a']);
    expect(facesFor('注意', faces).map((f) => f.file)).toEqual(['cjk-b']);
  });
});

describe('cardLayout', () => {
  const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
  it('keeps a short title large and the whole of a short summary', () => {
    const fit = cardLayout(scriptRuns('为什么要除以 √dₖ？'), scriptRuns('把分数的方差拉回 1。'));
    expect(fit.titleSize).toBe(56);
    expect(text(fit.summary)).toBe('把分数的方差拉回 1。');
  });
  it('shrinks a long title and clips a long summary to the lines left above the tags', () => {
    const title = scriptRuns('Why do Transformers represent information well across NLP, vision, speech and other modalities?');
    const summary = scriptRuns('Anything that can be cut into a sequence of vectors can be fed in. '.repeat(8));
    const fit = cardLayout(title, summary);
    expect(fit.titleSize).toBeLessThan(56);
    expect(text(fit.summary).endsWith('…')).toBe(true);
    expect(lineCount(fit.summary, 1200 - 144, 31)).toBeLessThanOrEqual(fit.summaryLines);
  });
});
