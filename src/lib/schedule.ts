
/**
 * The reader's review schedule: one FSRS card per question, shared by every language,
 * stored as plain JSON under a versioned key, planned in whole local days. Rating
 * (ts-fsrs) is in schedule-fsrs.ts, loaded only when the reader rates.
 */
export { SCHEDULE_KEY } from './storage-keys';
export const SCHEDULE_VERSION = 1;
export const DEFAULT_NEW_PER_DAY = 5;

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATINGS)[number];

/** A local calendar day, `YYYY-MM-DD`. */
export type Day = string;

export interface StoredCard {
  /** FSRS memory state. */
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  /** FSRS card state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  /** When it was last rated (ISO time) and the local day it is due. */
  lastReview: string;
  due: Day;
}

export interface Schedule {
  version: typeof SCHEDULE_VERSION;
  cards: Record<string, StoredCard>;
  /** New questions the reader takes on per day. */
  newPerDay: number;
  /** Questions first rated on each day, to hold new ones to the daily limit. */
  introduced: Record<Day, number[]>;
}

export const emptySchedule = (): Schedule => ({ version: SCHEDULE_VERSION, cards: {}, newPerDay: DEFAULT_NEW_PER_DAY, introduced: {} });

/** The reader's local calendar day of a moment. */
export function localDay(at: Date): Day {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
}

/** Calendar arithmetic on days, so a daylight-saving change never moves a due day. */
export function addDays(day: Day, n: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return t.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: Day, b: Day): number {
  const ms = (day: Day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(b) - ms(a)) / 86_400_000);
}

export interface Plan {
  /** Rated questions due today or earlier, most overdue first. */
  due: { n: number; overdue: number }[];
  /** Never-rated questions to take on today, within the daily limit. */
  fresh: number[];
  /** Questions due in each of the next `days` days. */
  upcoming: { day: Day; numbers: number[] }[];
}

/** What to revise on `today`, from the questions the site has. */
export function reviewPlan(schedule: Schedule, questions: readonly number[], today: Day, days = 7): Plan {
  const rated = questions.filter((n) => schedule.cards[String(n)]);
  const due = rated
    .map((n) => ({ n, overdue: daysBetween(schedule.cards[String(n)]!.due, today) }))
    .filter((x) => x.overdue >= 0)
    .sort((a, b) => b.overdue - a.overdue || a.n - b.n);
  const left = Math.max(0, schedule.newPerDay - (schedule.introduced[today]?.length ?? 0));
  const fresh = questions.filter((n) => !schedule.cards[String(n)]).slice(0, left);
  const upcoming = Array.from({ length: days }, (_, i) => {
    const day = addDays(today, i + 1);
    return { day, numbers: rated.filter((n) => schedule.cards[String(n)]!.due === day) };
  }).filter((u) => u.numbers.length > 0);
  return { due, fresh, upcoming };
}

export type ScheduleParse = { ok: true; schedule: Schedule } | { ok: false; error: string };

const isDay = (v: unknown): v is Day => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** Reads a stored or imported schedule; anything but this exact shape is refused with a reason. */
export function parseSchedule(value: unknown): ScheduleParse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'not an object' };
  const v = value as Partial<Schedule>;
  if (typeof v.version === 'number' && v.version > SCHEDULE_VERSION) return { ok: false, error: `made by a newer version of the site (${v.version})` };
  if (v.version !== SCHEDULE_VERSION) return { ok: false, error: `unsupported version ${JSON.stringify(v.version)}` };
  if (typeof v.cards !== 'object' || v.cards === null || Array.isArray(v.cards)) return { ok: false, error: 'cards is not an object' };
  const cards: Record<string, StoredCard> = {};
  for (const [key, c] of Object.entries(v.cards as Record<string, Partial<StoredCard>>)) {
    if (!/^[1-9]\d{0,5}$/.test(key)) return { ok: false, error: `bad question number ${JSON.stringify(key)}` };
    const ok =
      c && isNum(c.stability) && isNum(c.difficulty) && isNum(c.reps) && isNum(c.lapses) && [0, 1, 2, 3].includes(c.state as number) &&
      typeof c.lastReview === 'string' && !Number.isNaN(Date.parse(c.lastReview)) && isDay(c.due);
    if (!ok) return { ok: false, error: `bad card for question ${key}` };
    cards[key] = { stability: c.stability!, difficulty: c.difficulty!, reps: c.reps!, lapses: c.lapses!, state: c.state!, lastReview: c.lastReview!, due: c.due! };
  }
  const newPerDay = v.newPerDay ?? DEFAULT_NEW_PER_DAY;
  if (!Number.isInteger(newPerDay) || newPerDay < 0 || newPerDay > 100) return { ok: false, error: 'bad daily limit' };
  const introduced: Record<Day, number[]> = {};
  for (const [day, ns] of Object.entries(v.introduced ?? {})) {
    if (!isDay(day) || !Array.isArray(ns) || !ns.every((n) => Number.isInteger(n) && n > 0)) return { ok: false, error: 'bad introduced list' };
    introduced[day] = ns;
  }
  return { ok: true, schedule: { version: SCHEDULE_VERSION, cards, newPerDay, introduced } };
}

/** An imported schedule merged card by card: the more recently reviewed card wins; numbers the site lacks are dropped. */
export function mergeSchedule(mine: Schedule, theirs: Schedule, known: readonly number[]): Schedule {
  const exists = new Set(known.map(String));
  const cards = { ...mine.cards };
  for (const [key, card] of Object.entries(theirs.cards)) {
    if (!exists.has(key)) continue;
    const current = cards[key];
    if (!current || Date.parse(card.lastReview) > Date.parse(current.lastReview)) cards[key] = card;
  }
  return { ...mine, cards };
}
