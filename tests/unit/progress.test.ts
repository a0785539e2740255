import { describe, expect, it } from 'vitest';
import { emptyProgress, markOf, parseProgress } from '../../src/lib/progress';
import { applyImport, planImport, serializeProgress, setMark, summarize } from '../../src/lib/progress-edit';
import { markAtLoad } from '../../src/lib/mark-at-load';

describe('parseProgress', () => {
  it('treats missing storage as empty progress', () => {
    expect(parseProgress(null)).toEqual({ ok: true, progress: emptyProgress() });
  });
  it('round-trips what it serializes', () => {
    const p = setMark(setMark(emptyProgress(), 47, 'review'), 46, 'mastered');
    expect(serializeProgress(p)).toBe('{"version":1,"marks":{"46":"mastered","47":"review"}}');
    expect(parseProgress(serializeProgress(p))).toEqual({ ok: true, progress: p });
  });
  it.each([
    ['{not json', 'not JSON'],
    ['[1,2]', 'not an object'],
    ['{"version":2,"marks":{}}', 'unsupported version 2'],
    ['{"marks":{}}', 'unsupported version undefined'],
    ['{"version":1,"marks":[]}', 'marks is not an object'],
    ['{"version":1,"marks":{"46":"learned"}}', 'bad mark "learned" for question 46'],
    ['{"version":1,"marks":{"__proto__":"review"}}', 'bad question number "__proto__"'],
    ['{"version":1,"marks":{"-3":"review"}}', 'bad question number "-3"'],
  ])('rejects %s (%s)', (raw, error) => {
    expect(parseProgress(raw)).toEqual({ ok: false, error });
  });
});

describe('markAtLoad', () => {
  // The page's first paint must show the mark the study tools will then act on.
  const stored = [
    null,
    '',
    'null',
    '1',
    '"text"',
    '{not json',
    '[1,2]',
    '{"version":2,"marks":{"47":"review"}}',
    '{"marks":{"47":"review"}}',
    '{"version":1}',
    '{"version":1,"marks":null}',
    '{"version":1,"marks":[]}',
    '{"version":1,"marks":{}}',
    '{"version":1,"marks":{"47":"review"}}',
    '{"version":1,"marks":{"46":"mastered","47":"review"}}',
    '{"version":1,"marks":{"47":"mastered","48":"learned"}}',
    '{"version":1,"marks":{"47":"review","__proto__":"review"}}',
    '{"version":1,"marks":{"47":"review","-3":"review"}}',
    '{"version":1,"marks":{"047":"review"}}',
    '{"version":"1","marks":{"47":"review"}}',
  ];
  it.each(stored)('agrees with parseProgress + markOf on %s', (raw) => {
    for (const n of [46, 47, 48]) {
      const parsed = parseProgress(raw);
      expect(markAtLoad(raw, n)).toBe(parsed.ok ? markOf(parsed.progress, n) : null);
    }
  });
  it('finds a stored mark', () => {
    expect(markAtLoad('{"version":1,"marks":{"47":"review"}}', 47)).toBe('review');
  });
});

describe('marks', () => {
  it('sets, replaces and clears a mark without mutating', () => {
    const a = emptyProgress();
    const b = setMark(a, 46, 'review');
    const c = setMark(b, 46, 'mastered');
    expect(markOf(a, 46)).toBeNull();
    expect(markOf(b, 46)).toBe('review');
    expect(markOf(c, 46)).toBe('mastered');
    expect(markOf(setMark(c, 46, null), 46)).toBeNull();
  });
  it('summarizes only questions that exist', () => {
    const p = setMark(setMark(setMark(emptyProgress(), 46, 'mastered'), 47, 'review'), 99, 'mastered');
    expect(summarize(p, [46, 47, 48])).toEqual({ mastered: 1, review: 1, total: 3 });
  });
});

describe('importing a progress file', () => {
  const mine = setMark(setMark(setMark(emptyProgress(), 46, 'mastered'), 47, 'review'), 48, 'review');
  const file = setMark(setMark(setMark(setMark(emptyProgress(), 46, 'review'), 47, 'review'), 49, 'mastered'), 999, 'mastered');
  const plan = planImport(mine, file, [46, 47, 48, 49, 50]);

  it('says what is new, what differs, and which numbers the site lacks, before changing anything', () => {
    expect(plan.added).toEqual([49]);
    expect(plan.changed).toEqual([{ n: 46, mine: 'mastered', theirs: 'review' }]);
    expect(plan.ignored).toEqual([999]);
    expect(mine.marks).toEqual({ 46: 'mastered', 47: 'review', 48: 'review' });
  });
  it('keeps the reader\'s marks where they differ, if asked', () => {
    expect(applyImport(mine, plan, 'keep').marks).toEqual({ 46: 'mastered', 47: 'review', 48: 'review', 49: 'mastered' });
  });
  it('takes the file\'s marks where they differ, if asked', () => {
    expect(applyImport(mine, plan, 'replace').marks).toEqual({ 46: 'review', 47: 'review', 48: 'review', 49: 'mastered' });
  });
  it('never stores a number the site does not have', () => {
    expect(applyImport(mine, plan, 'replace').marks).not.toHaveProperty('999');
  });
});
