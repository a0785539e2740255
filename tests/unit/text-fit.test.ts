import { describe, expect, it } from 'vitest';
import { charWidth, fitRuns, lineCount } from '../../src/lib/text-fit';
import { scriptRuns } from '../../src/lib/script-runs';

const plain = (text: string) => [{ text }];
const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('charWidth', () => {
  it('treats CJK as square and Latin as narrower', () => {
    expect(charWidth('注')).toBe(1);
    expect(charWidth('，')).toBe(1);
    expect(charWidth('a')).toBeLessThan(1);
  });
});

describe('lineCount', () => {
  it('breaks CJK between any two characters', () => {
    // Ten 10-px characters in a 45-px box: 4 per line.
    expect(lineCount(plain('一二三四五六七八九十'), 45, 10)).toBe(3);
  });
  it('breaks Latin text only at spaces', () => {
    expect(lineCount(plain('attention attention'), 60, 10)).toBe(2);
    expect(lineCount(plain('attention'), 10, 10)).toBe(1);
  });
});

describe('fitRuns', () => {
  it('leaves text that fits alone', () => {
    const r = fitRuns(plain('短文本'), 500, 20, 2);
    expect(r.clipped).toBe(false);
    expect(text(r.runs)).toBe('短文本');
  });
  it('cuts to the line limit with an ellipsis that fits, and the result fits', () => {
    const long = '注意力'.repeat(40);
    const r = fitRuns(plain(long), 200, 20, 3);
    expect(r.clipped).toBe(true);
    expect(text(r.runs).endsWith('…')).toBe(true);
    expect(lineCount(r.runs, 200, 20)).toBe(3);
  });
  it('cuts English at a word and keeps script runs', () => {
    const r = fitRuns(scriptRuns('The scores use W_Q and W_K '.repeat(10)), 300, 20, 2);
    expect(lineCount(r.runs, 300, 20)).toBeLessThanOrEqual(2);
    expect(r.runs.some((run) => 'script' in run && run.script === 'sub')).toBe(true);
    expect(text(r.runs)).toMatch(/\S…$/);
  });
});
