import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { Progress } from './progress';
import { addDays, emptySchedule, localDay, type Day, type RatingName, type Schedule, type StoredCard } from './schedule';

/**
 * Rating with ts-fsrs: kept apart from schedule.ts so the scheduler's code loads only
 * when a reader rates (or has marks to migrate), not on every page.
 */
const GRADE: Record<RatingName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));

function toFsrs(c: StoredCard): Card {
  const last = new Date(c.lastReview);
  return {
    due: last,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as State,
    last_review: last,
  };
}

/** Rates one question now: the card's new state, due on a whole local day after today. */
export function rate(schedule: Schedule, n: number, rating: RatingName, now: Date): { schedule: Schedule; due: Day; days: number } {
  const key = String(n);
  const old = schedule.cards[key];
  const { card } = scheduler.next(old ? toFsrs(old) : createEmptyCard(now), now, GRADE[rating]);
  const today = localDay(now);
  // Never due again today: at least one day, and FSRS's interval in whole days.
  const days = Math.max(1, card.scheduled_days);
  const due = addDays(today, days);
  const introduced = { ...schedule.introduced };
  if (!old) introduced[today] = [...(introduced[today] ?? []), n];
  const stored: StoredCard = { stability: card.stability, difficulty: card.difficulty, reps: card.reps, lapses: card.lapses, state: card.state as StoredCard['state'], lastReview: now.toISOString(), due };
  return { schedule: { ...schedule, cards: { ...schedule.cards, [key]: stored }, introduced }, due, days };
}

/**
 * The first schedule for a reader who has progress marks: "mastered" becomes a card
 * rated Good today (the marks carry no date), "review" becomes due today.
 */
export function migrateProgress(progress: Progress, now: Date): Schedule {
  let schedule = emptySchedule();
  const today = localDay(now);
  for (const [key, mark] of Object.entries(progress.marks)) {
    if (mark === 'mastered') schedule = rate(schedule, Number(key), 'good', now).schedule;
  }
  const cards = { ...schedule.cards };
  for (const [key, mark] of Object.entries(progress.marks)) {
    if (mark === 'review') {
      // A new card, due now: its first rating will schedule it.
      cards[key] = { stability: 0, difficulty: 0, reps: 0, lapses: 0, state: State.New as StoredCard['state'], lastReview: now.toISOString(), due: today };
    }
  }
  // Migrated questions do not count against today's new ones.
  return { ...schedule, cards, introduced: {} };
}

