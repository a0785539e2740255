import { describe, expect, it } from 'vitest';
import { mathPlainText, type MathNode } from '../../src/lib/math-plain-text';

const t = (value: string): MathNode => ({ type: 'text', value });
const e = (tagName: string, ...children: (MathNode | string)[]): MathNode => ({ type: 'element', tagName, children: children.map((c) => (typeof c === 'string' ? t(c) : c)) });
const math = (...children: MathNode[]) => e('math', e('semantics', e('mrow', ...children), e('annotation', 'TEX SOURCE')));

describe('mathPlainText', () => {
  it('softmax(QKᵀ/√dk), as KaTeX writes it in MathML', () => {
    const tree = math(e('mtext', 'softmax'), e('mo', '('), e('mfrac', e('mrow', e('mi', 'Q'), e('msup', e('mi', 'K'), e('mi', '⊤'))), e('msqrt', e('msub', e('mi', 'd'), e('mi', 'k')))), e('mo', ')'));
    expect(mathPlainText(tree)).toBe('softmax(QKᵀ/√dk)');
  });
  it('leaves out the TeX annotation', () => {
    expect(mathPlainText(math(e('mi', 'x')))).toBe('x');
  });
  it('writes one-character subscripts inline (as people type dk), longer ones with _, superscripts in Unicode or with ^', () => {
    expect(mathPlainText(math(e('msub', e('mi', 'x'), e('mn', '12'))))).toBe('x12');
    expect(mathPlainText(math(e('msub', e('mi', 'x'), e('mrow', e('mi', 't'), e('mo', '−'), e('mn', '1')))))).toBe('x_(t−1)');
    expect(mathPlainText(math(e('msub', e('mi', 'd'), e('mtext', 'model'))))).toBe('d_model');
    expect(mathPlainText(math(e('msup', e('mi', 'e'), e('mrow', e('mi', 'x'), e('mo', '+'), e('mn', '1')))))).toBe('e^(x+1)');
    expect(mathPlainText(math(e('msup', e('mi', 'W'), e('mrow', e('mo', '−'), e('mn', '1')))))).toBe('W⁻¹');
  });
  it('spaces relations, keeps products tight: dk = d_model/h and O(n²·d)', () => {
    expect(mathPlainText(math(e('msub', e('mi', 'd'), e('mi', 'k')), e('mo', '='), e('msub', e('mi', 'd'), e('mtext', 'model')), e('mi', '/'), e('mi', 'h')))).toBe('dk = d_model/h');
    expect(mathPlainText(math(e('mi', 'O'), e('mo', '('), e('msup', e('mi', 'n'), e('mn', '2')), e('mo', '·'), e('mi', 'd'), e('mo', ')')))).toBe('O(n²·d)');
  });
  it('brackets compound fractions and roots: (a+b)/2, √(x+1)', () => {
    expect(mathPlainText(math(e('mfrac', e('mrow', e('mi', 'a'), e('mo', '+'), e('mi', 'b')), e('mn', '2'))))).toBe('(a+b)/2');
    expect(mathPlainText(math(e('msqrt', e('mi', 'x'), e('mo', '+'), e('mn', '1'))))).toBe('√(x+1)');
  });
  it('keeps the base of sums and accents, drops their limits', () => {
    expect(mathPlainText(math(e('munderover', e('mo', '∑'), e('mrow', e('mi', 'i'), e('mo', '='), e('mn', '1')), e('mi', 'n')), e('msub', e('mi', 'x'), e('mi', 'i'))))).toBe('∑xi');
  });
  it('joins matrix rows with semicolons', () => {
    expect(mathPlainText(math(e('mtable', e('mtr', e('mtd', e('mn', '1')), e('mtd', e('mn', '0'))), e('mtr', e('mtd', e('mn', '0')), e('mtd', e('mn', '1'))))))).toBe('1 0; 0 1');
  });
});
