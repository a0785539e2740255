import { describe, expect, it } from 'vitest';
import { mathRuns } from '../../src/lib/math-text';

describe('mathRuns', () => {
  it('plain text is one normal run', () => {
    expect(mathRuns('FFN')).toEqual([{ kind: 'normal', text: 'FFN' }]);
  });
  it('single-character and grouped subscripts', () => {
    expect(mathRuns('W_Q x')).toEqual([
      { kind: 'normal', text: 'W' },
      { kind: 'sub', text: 'Q' },
      { kind: 'normal', text: ' x' },
    ]);
    expect(mathRuns('H_{enc}')).toEqual([
      { kind: 'normal', text: 'H' },
      { kind: 'sub', text: 'enc' },
    ]);
  });
  it('a subscript followed by a superscript', () => {
    expect(mathRuns('K_c^{(l)}')).toEqual([
      { kind: 'normal', text: 'K' },
      { kind: 'sub', text: 'c' },
      { kind: 'sup', text: '(l)' },
    ]);
  });
  it('a trailing _ stays text; an unclosed group throws', () => {
    expect(mathRuns('a_')).toEqual([{ kind: 'normal', text: 'a_' }]);
    expect(() => mathRuns('a_{b')).toThrow(/unclosed/);
  });
});
