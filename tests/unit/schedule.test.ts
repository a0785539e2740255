// A time zone with a daylight-saving change: due days must be calendar days, not 24-hour steps.
process.env.TZ = 'America/New_York';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, emptySchedule, localDay, mergeSchedule, parseSchedule, reviewPlan } from '../../src/lib/schedule';
import { migrateProgress, rate } from '../../src/lib/schedule-fsrs';

const at = (iso: string) => new Date(iso);

describe('days', () => {
  it('are the reader\'s local calendar days', () => {
    // 23:30 on 7 March in New York is already 8 March in UTC.
    expect(localDay(at('2026-03-08T04:30:00Z'))).toBe('2026-03-07');
  });
  it('add across a month end and a daylight-saving change', () => {
    expect(addDays('2026-03-07', 3)).toBe('2026-03-10');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(daysBetween('2026-03-07', '2026-03-10')).toBe(3);
  });
});

describe('rating a question', () => {
  // Late evening, the night before the clocks go forward (8 March 2026 in New York).
  const now = at('2026-03-08T04:30:00Z');
  it('schedules a new question rated Good three whole days later, Again the next day', () => {
    expect(rate(emptySchedule(), 47, 'good', now)).toMatchObject({ due: '2026-03-10', days: 3 });
    expect(rate(emptySchedule(), 47, 'again', now)).toMatchObject({ due: '2026-03-08', days: 1 });
  });
  it('never makes a question due again on the day it was rated', () => {
    for (const r of ['again', 'hard', 'good', 'easy'] as const) expect(rate(emptySchedule(), 47, r, now).days).toBeGreaterThanOrEqual(1);
  });
  it('grows the interval when the reader keeps recalling it', () => {
    const first = rate(emptySchedule(), 47, 'good', now);
    const later = at('2026-03-11T14:00:00Z');
    const second = rate(first.schedule, 47, 'good', later);
    expect(second.days).toBeGreaterThan(first.days);
  });
  it('records a question as introduced on its first rating only', () => {
    const a = rate(emptySchedule(), 47, 'good', now).schedule;
    const b = rate(a, 47, 'hard', now).schedule;
    expect(b.introduced['2026-03-07']).toEqual([47]);
  });
});

describe('the review plan', () => {
  const now = at('2026-03-07T15:00:00Z');
  let s = rate(emptySchedule(), 46, 'again', now).schedule; // due 03-08
  s = rate(s, 47, 'good', now).schedule; // due 03-10
  it('lists what is due, most overdue first, and what comes due in the next days', () => {
    const plan = reviewPlan(s, [46, 47, 48, 49], '2026-03-12');
    expect(plan.due).toEqual([
      { n: 46, overdue: 4 },
      { n: 47, overdue: 2 },
    ]);
    expect(reviewPlan(s, [46, 47, 48], '2026-03-07').upcoming).toEqual([
      { day: '2026-03-08', numbers: [46] },
      { day: '2026-03-10', numbers: [47] },
    ]);
  });
  it('takes on new questions up to the daily limit, counting those begun today', () => {
    const plan = reviewPlan({ ...s, newPerDay: 3 }, [46, 47, 48, 49, 50, 51], '2026-03-07');
    expect(plan.fresh).toEqual([48]);
    expect(reviewPlan({ ...s, newPerDay: 3 }, [46, 47, 48, 49, 50, 51], '2026-03-08').fresh).toEqual([48, 49, 50]);
  });
  it('ignores cards of questions the site does not have', () => {
    expect(reviewPlan(s, [47], '2026-03-12').due.map((d) => d.n)).toEqual([47]);
  });
});

describe('migrating progress marks', () => {
  const now = at('2026-03-07T15:00:00Z');
  const s = migrateProgress({ version: 1, marks: { 46: 'mastered', 47: 'review' } }, now);
  it('turns "mastered" into a card rated Good today and "review" into one due today', () => {
    expect(s.cards['46']!.due).toBe('2026-03-10');
    expect(s.cards['47']!.due).toBe('2026-03-07');
    expect(reviewPlan(s, [46, 47], '2026-03-07').due.map((d) => d.n)).toEqual([47]);
  });
  it('does not count migrated questions against today\'s new ones', () => {
    expect(s.introduced).toEqual({});
  });
});

describe('stored and imported schedules', () => {
  const s = rate(emptySchedule(), 47, 'good', at('2026-03-07T15:00:00Z')).schedule;
  it('round-trip through JSON', () => {
    const back = parseSchedule(JSON.parse(JSON.stringify(s)));
    expect(back).toEqual({ ok: true, schedule: s });
  });
  it('refuse a corrupt, foreign or newer file with a reason', () => {
    expect(parseSchedule('x')).toMatchObject({ ok: false });
    expect(parseSchedule({ version: 1, cards: { 47: { due: 'tomorrow' } } })).toEqual({ ok: false, error: 'bad card for question 47' });
    expect(parseSchedule({ version: 1, cards: { abc: {} } })).toMatchObject({ ok: false, error: expect.stringMatching(/bad question number/) });
    expect(parseSchedule({ version: 2, cards: {} })).toEqual({ ok: false, error: 'made by a newer version of the site (2)' });
  });
  it('merge card by card, keeping the more recent review and only questions the site has', () => {
    const older = rate(emptySchedule(), 47, 'again', at('2026-03-01T15:00:00Z')).schedule;
    const theirs = rate(older, 999, 'good', at('2026-03-01T15:00:00Z')).schedule;
    const merged = mergeSchedule(s, theirs, [46, 47]);
    expect(merged.cards['47']).toEqual(s.cards['47']);
    expect(merged.cards['999']).toBeUndefined();
    expect(mergeSchedule(older, s, [47]).cards['47']).toEqual(s.cards['47']);
  });
});
