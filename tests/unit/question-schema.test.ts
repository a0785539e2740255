import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../src/lib/question-schema';

/** The front matter of a question, checked as the build checks it (schema only; rules across files are elsewhere). */
const good = {
  number: 46,
  title: '为什么注意力分数能衡量相关性？',
  short: '分数是学到的双线性形式，除以 √dₖ 保持方差为 1，softmax 把分数变成权重。',
  tags: ['attention', 'softmax'],
  difficulty: 'intermediate',
  related: [47, 49],
};
const issues = (data: unknown) => {
  const r = questionSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`);
};

describe('question front matter', () => {
  it('accepts a complete, well-typed question', () => {
    expect(issues(good)).toEqual([]);
  });
  it('rejects a wrongly typed field', () => {
    expect(issues({ ...good, number: 'forty-six' })).toEqual(['number: invalid_type']);
  });
  it('rejects a missing field', () => {
    const { difficulty: _, ...rest } = good;
    expect(issues(rest)).toEqual(['difficulty: invalid_value']);
  });
  it('rejects a tag outside the fixed list', () => {
    expect(issues({ ...good, tags: ['attention', 'gossip'] })[0]).toMatch(/^tags\.1:/);
  });
  it('rejects a misspelt key', () => {
    expect(issues({ ...good, relatd: [47] })).toEqual([': unrecognized_keys']);
  });
  it('needs two to four related questions, as the content standard says', () => {
    expect(issues({ ...good, related: [47] })[0]).toMatch(/^related: too_small/);
    expect(issues({ ...good, related: [47, 48, 49, 50, 51] })[0]).toMatch(/^related: too_big/);
  });
  it('bounds the short answer before its language\'s rule is applied', () => {
    expect(issues({ ...good, short: '太短。' })[0]).toMatch(/^short: too_small/);
  });
});
