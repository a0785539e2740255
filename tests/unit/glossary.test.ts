import { describe, expect, it } from 'vitest';
import { avoidedSpellings, glossaryProblems, glossaryTermSchema, searchAliasesFor, sortTerms, termNames, type GlossaryTerm } from '../../src/lib/glossary';

const term = (o: Partial<GlossaryTerm> & Pick<GlossaryTerm, 'id' | 'zh' | 'en' | 'questions'>): GlossaryTerm =>
  glossaryTermSchema.parse({ def: { zh: '一行定义，八个字以上。', en: 'A one-line definition.' }, ...o });

const ln = term({ id: 'layernorm', zh: '层归一化', en: 'LayerNorm', abbr: ['LN'], aliases: ['layer normalization'], avoid: { zh: ['层标准化'], en: ['Layer Norm'] }, questions: [55, 56] });
const mha = term({ id: 'multi-head-attention', zh: '多头注意力', en: 'multi-head attention', abbr: ['MHA'], questions: [52] });
const bn = term({ id: 'batchnorm', zh: '批归一化', en: 'BatchNorm', questions: [55] });

describe('glossary schema', () => {
  it('fills empty lists and rejects unknown keys and ids that are not anchors', () => {
    expect(mha.aliases).toEqual([]);
    expect(mha.avoid).toEqual({ zh: [], en: [] });
    expect(() => term({ id: 'Bad Id', zh: 'x', en: 'x', questions: [1] })).toThrow(/hyphens/);
    expect(() => glossaryTermSchema.parse({ ...mha, colour: 'red' })).toThrow();
  });
});

describe('termNames and searchAliasesFor', () => {
  it('lists every name once', () => {
    expect(termNames(ln)).toEqual(['层归一化', 'LayerNorm', 'LN', 'layer normalization', '层标准化', 'Layer Norm']);
  });
  it('gives the main question its terms at full weight and the others the rest', () => {
    expect(searchAliasesFor(55, [ln, mha, bn])).toEqual({ main: [...termNames(ln), '批归一化', 'BatchNorm'], also: [] });
    expect(searchAliasesFor(56, [ln, mha, bn])).toEqual({ main: [], also: termNames(ln) });
    expect(searchAliasesFor(99, [ln, mha, bn])).toEqual({ main: [], also: [] });
  });
});

describe('sortTerms', () => {
  it('orders English names alphabetically, ignoring case', () => {
    expect(sortTerms([mha, ln, bn], 'en').map((t) => t.id)).toEqual(['batchnorm', 'layernorm', 'multi-head-attention']);
  });
  it('orders Chinese names by pinyin: céng 层, duō 多, pī 批', () => {
    expect(sortTerms([mha, bn, ln], 'zh').map((t) => t.id)).toEqual(['layernorm', 'multi-head-attention', 'batchnorm']);
  });
});

describe('glossaryProblems', () => {
  it('reports duplicate ids, unknown and repeated questions', () => {
    expect(glossaryProblems([ln, mha], [52, 55, 56])).toEqual([]);
    expect(glossaryProblems([ln, { ...mha, id: 'layernorm', questions: [52, 52, 7] }], [52, 55, 56])).toEqual([
      'layernorm: the id is used twice',
      'layernorm: question 7 does not exist',
      'layernorm: a question is listed twice',
    ]);
  });
});

describe('avoidedSpellings', () => {
  it('finds an avoided spelling in prose, with the preferred form', () => {
    expect(avoidedSpellings('我们用层标准化。', 'zh', [ln])).toEqual([{ found: '层标准化', preferred: '层归一化', term: 'layernorm' }]);
    expect(avoidedSpellings('Apply Layer Norm first.', 'en', [ln])).toEqual([{ found: 'Layer Norm', preferred: 'LayerNorm', term: 'layernorm' }]);
  });
  it('ignores whole-word near misses, code, math and the other language', () => {
    expect(avoidedSpellings('Ba et al., "Layer Normalization", 2016.', 'en', [ln])).toEqual([]);
    expect(avoidedSpellings('Call `Layer Norm` or\n```\nLayer Norm\n```\n$\\text{Layer Norm}$', 'en', [ln])).toEqual([]);
    expect(avoidedSpellings('层标准化', 'en', [ln])).toEqual([]);
  });
});
