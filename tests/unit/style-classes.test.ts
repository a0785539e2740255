import { describe, expect, it } from 'vitest';
import { fnv1a, normalizeStyle, StyleRegistry } from '../../src/lib/style-classes';

describe('normalizeStyle', () => {
  it('ignores spacing and a trailing semicolon', () => {
    expect(normalizeStyle(' height : 0.7em ; vertical-align:-0.2em; ')).toBe('height:0.7em;vertical-align:-0.2em');
  });
  it('keeps custom properties and their colons in values', () => {
    expect(normalizeStyle('color:#24292E;--shiki-dark:#E1E4E8')).toBe('color:#24292E;--shiki-dark:#E1E4E8');
  });
});

describe('fnv1a', () => {
  it('is stable and distinguishes close inputs', () => {
    expect(fnv1a('height:1em')).toBe(fnv1a('height:1em'));
    expect(fnv1a('height:1em')).not.toBe(fnv1a('height:2em'));
  });
});

describe('StyleRegistry', () => {
  it('gives equal styles one class and writes one rule each, sorted', () => {
    const r = new StyleRegistry();
    const a = r.classFor('height:1em');
    expect(r.classFor('height: 1em;')).toBe(a);
    const b = r.classFor('top:-2.55em');
    expect(a).not.toBe(b);
    expect(r.size).toBe(2);
    const lines = r.css().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toContain(`.${a}{height:1em}`);
    expect([...lines].sort()).toEqual(lines);
  });
  it('produces class names that are valid CSS identifiers', () => {
    const r = new StyleRegistry();
    for (const s of ['height:1em', 'color:#fff', 'margin-right:0.05em']) expect(r.classFor(s)).toMatch(/^st-[a-z0-9]+$/);
  });
});
