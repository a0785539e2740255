import { describe, expect, it } from 'vitest';
import { drillFinished, drillPosition, drillSummary, markAnswered, parseDrill, seededRandom, shuffle, startDrill } from '../../src/lib/drill';

describe('startDrill', () => {
  it('goes in numeric order without duplicates', () => {
    expect(startDrill([50, 46, 48, 46], 'in-order')).toEqual({ queue: [46, 48, 50], index: 0, answered: [], practiceBefore: false });
  });
  it('shuffles reproducibly with a seed and keeps every question once', () => {
    const a = startDrill([46, 47, 48, 49, 50], 'shuffled', { random: seededRandom(42) });
    const b = startDrill([46, 47, 48, 49, 50], 'shuffled', { random: seededRandom(42) });
    expect(a).toEqual(b);
    expect([...a.queue].sort()).toEqual([46, 47, 48, 49, 50]);
    expect(a.queue).not.toEqual([46, 47, 48, 49, 50]);
  });
});

describe('shuffle', () => {
  it('does not mutate its input', () => {
    const input = [1, 2, 3];
    shuffle(input, seededRandom(1));
    expect(input).toEqual([1, 2, 3]);
  });
  it('gives every order of three a fair chance', () => {
    const counts = new Map<string, number>();
    const random = seededRandom(7);
    for (let i = 0; i < 6000; i++) {
      const k = shuffle([1, 2, 3], random).join();
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const c of counts.values()) expect(c).toBeGreaterThan(800);
  });
});

describe('drillPosition', () => {
  const drill = { queue: [48, 46, 50], index: 0, answered: [], practiceBefore: false };
  it('tells position, total and neighbours in the queue', () => {
    expect(drillPosition(drill, 46)).toEqual({ position: 2, total: 3, prev: 48, next: 50 });
    expect(drillPosition(drill, 50)).toEqual({ position: 3, total: 3, prev: 46, next: undefined });
  });
  it('is null for a question outside the drill', () => {
    expect(drillPosition(drill, 47)).toBeNull();
  });
});

describe('parseDrill', () => {
  it('accepts a valid drill and rejects anything else', () => {
    expect(parseDrill('{"queue":[46,47],"index":1,"answered":[46],"practiceBefore":true}')).toEqual({ queue: [46, 47], index: 1, answered: [46], practiceBefore: true });
    for (const bad of [null, '', 'x', '{"queue":"46"}', '{"queue":[46],"index":5}', '{"queue":[0],"index":0}']) {
      expect(parseDrill(bad)).toBeNull();
    }
  });
  it('reads a drill stored before answers and the practice setting were kept', () => {
    expect(parseDrill('{"queue":[46,47],"index":1}')).toEqual({ queue: [46, 47], index: 1, answered: [], practiceBefore: false });
  });
});

describe('answers and the summary', () => {
  const drill = startDrill([46, 47, 48], 'in-order', { practiceBefore: true });
  it('remembers the practice setting from before the drill', () => {
    expect(drill.practiceBefore).toBe(true);
  });
  it('is not finished until the last question is answered', () => {
    expect(drillFinished(drill)).toBe(false);
    expect(drillFinished(markAnswered(drill, 46))).toBe(false);
    expect(drillFinished(markAnswered(drill, 48))).toBe(true);
  });
  it('records each answer once and ignores questions outside the drill', () => {
    const d = markAnswered(markAnswered(markAnswered(drill, 47), 47), 99);
    expect(d.answered).toEqual([47]);
  });
  it('counts answered questions and their marks', () => {
    const d = markAnswered(markAnswered(drill, 46), 47);
    expect(drillSummary(d, { 46: 'mastered', 47: 'review', 48: 'mastered' })).toEqual({ answered: 2, total: 3, mastered: 1, review: 1 });
  });
});

describe('the practice-mode script that runs before paint', () => {
  it('reads the same storage key as the study scripts', async () => {
    const { PRACTICE_KEY, practiceInitScript } = await import('../../src/lib/practice');
    const store = new Map([[PRACTICE_KEY, 'on']]);
    const html = { dataset: {} as Record<string, string> };
    new Function('localStorage', 'document', practiceInitScript())({ getItem: (k: string) => store.get(k) ?? null }, { documentElement: html });
    expect(html.dataset.practice).toBe('');
  });
});
