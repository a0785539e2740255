import { describe, expect, it } from 'vitest';
import { covers, facesFor, parseUnicodeRange } from '../../src/lib/unicode-range';
import { clip } from '../../src/og/card';
import { plainScripts } from '../../src/lib/plain-scripts';

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

describe('clip', () => {
  it('keeps short text and cuts long text at a character with an ellipsis', () => {
    expect(clip('注意力', 5)).toBe('注意力');
    expect(clip('一二三四五六', 4)).toBe('一二三…');
    expect([...clip('😀😀😀😀😀', 3)]).toHaveLength(3);
  });
});

describe('plainScripts', () => {
  it('spells sub- and superscript letters the card font lacks in TeX style, keeping runs together', () => {
    expect(plainScripts('为什么要除以 √dₖ？')).toBe('为什么要除以 √d_k？');
    expect(plainScripts('QKᵀ is n×n')).toBe('QK^T is n×n');
    expect(plainScripts('xᵢⱼ')).toBe('x_ij');
  });
  it('leaves digits the font has, and everything else, alone', () => {
    expect(plainScripts('O(n²) 注意力 softmax')).toBe('O(n²) 注意力 softmax');
  });
});
