import { describe, expect, it } from 'vitest';
import { actionFor, shortcutsFor, type KeyContext, type KeyPress } from '../../src/lib/shortcuts';

/** A key press and where it happened, as actionFor's first two arguments. */
const key = (k: string, over: Partial<KeyPress & KeyContext> = {}): [KeyPress, KeyContext] => {
  const all = { key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, selecting: false, typing: false, onControl: false, ...over };
  return [all, all];
};

describe('actionFor', () => {
  it('maps arrows, slash and question mark', () => {
    expect(actionFor(...key('ArrowLeft'), false)).toBe('prev');
    expect(actionFor(...key('ArrowRight'), false)).toBe('next');
    expect(actionFor(...key('/'), false)).toBe('search');
    expect(actionFor(...key('?'), false)).toBe('help');
  });
  it('does nothing while the reader types', () => {
    for (const k of ['ArrowLeft', 'ArrowRight', '/', '?', ' ']) expect(actionFor(...key(k, { typing: true }), true)).toBeNull();
  });
  it('leaves browser and system shortcuts alone', () => {
    expect(actionFor(...key('ArrowLeft', { altKey: true }), false)).toBeNull();
    expect(actionFor(...key('ArrowRight', { metaKey: true }), false)).toBeNull();
    expect(actionFor(...key('/', { ctrlKey: true }), false)).toBeNull();
  });
  it('leaves Shift+arrow and arrows over a selection to the text selection', () => {
    expect(actionFor(...key('ArrowRight', { shiftKey: true }), false)).toBeNull();
    expect(actionFor(...key('ArrowLeft', { shiftKey: true }), false)).toBeNull();
    expect(actionFor(...key('ArrowRight', { selecting: true }), false)).toBeNull();
    expect(actionFor(...key('ArrowLeft', { selecting: true }), false)).toBeNull();
  });
  it('still opens help with ? (a shifted key on most layouts)', () => {
    expect(actionFor(...key('?', { shiftKey: true }), false)).toBe('help');
  });
  it('uses Space to reveal only in practice mode and not on a focused control', () => {
    expect(actionFor(...key(' '), true)).toBe('reveal');
    expect(actionFor(...key(' '), false)).toBeNull();
    expect(actionFor(...key(' ', { onControl: true }), true)).toBeNull();
  });
  it('rates recall with 1-4 only once the answer is shown, and not while typing', () => {
    expect(actionFor(...key('3'), false, true)).toBe('rate');
    expect(actionFor(...key('3'), true, false)).toBeNull();
    expect(actionFor(...key('1', { typing: true }), false, true)).toBeNull();
    expect(actionFor(...key('5'), false, true)).toBeNull();
  });
  it('ignores other keys', () => {
    expect(actionFor(...key('a'), true)).toBeNull();
  });
});

describe('shortcutsFor', () => {
  it('lists on other pages only the shortcuts that work there', () => {
    expect(shortcutsFor('other').map((s) => s.action)).toEqual(['search', 'help']);
    expect(shortcutsFor('question').map((s) => s.action)).toEqual(['prev', 'next', 'search', 'help', 'reveal', 'rate']);
  });
});
