import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../src/lib/taxonomy';
import { checkSectionOrder } from '../../src/lib/sections';

const all = [...SECTION_IDS];

describe('checkSectionOrder', () => {
  it('accepts all sections in order', () => {
    expect(checkSectionOrder(all)).toBeNull();
  });
  it('accepts a page without the optional example', () => {
    expect(checkSectionOrder(all.filter((id) => id !== 'example'))).toBeNull();
  });
  it('names a missing required section', () => {
    expect(checkSectionOrder(all.filter((id) => id !== 'pitfalls'))).toBe('missing section <h2 id="pitfalls">');
  });
  it('names an unknown id', () => {
    expect(checkSectionOrder([...all, 'summary'])).toMatch(/unknown section id "summary"/);
  });
  it('rejects sections out of order', () => {
    expect(checkSectionOrder(['explanation', 'short-answer', 'pitfalls', 'follow-ups', 'references'])).toMatch(/out of order/);
  });
  it('rejects a repeated id', () => {
    expect(checkSectionOrder([...all, 'references'])).toMatch(/appears twice/);
  });
});
