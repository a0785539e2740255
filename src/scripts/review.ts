import { DRILL_KEY, startDrill } from '../lib/drill';
import { format } from '../lib/format';
import { localDay, reviewPlan } from '../lib/schedule';
import { fill } from '../lib/widget-contract';
import { loadSchedule, PRACTICE_KEY, read, readySchedule, saveSchedule, strings, write } from './storage';

/** The review page: what is due, today's new questions, the next 7 days, and a session through them. */
export function initReviewPage() {
  const root = document.querySelector<HTMLElement>('[data-review]');
  if (!root) return;
  const s = strings(root, 'review');
  const questions = JSON.parse(root.dataset.questions ?? '[]') as { n: number; title: string }[];
  const titles = new Map(questions.map((q) => [q.n, q.title]));
  const url = (n: number) => format(root.dataset.questionUrl!, { n });
  const dates = new Intl.DateTimeFormat(s.locale, { month: 'long', day: 'numeric', weekday: 'short' });
  const limit = root.querySelector<HTMLInputElement>('[data-new-per-day]')!;
  const start = root.querySelector<HTMLButtonElement>('[data-review-start]')!;
  root.hidden = false;

  const item = (n: number, meta?: string) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = url(n);
    a.textContent = `${fill(s, 'questionN', { n })} ${titles.get(n) ?? ''}`;
    li.append(a);
    if (meta) {
      const span = document.createElement('span');
      span.className = 'review__meta';
      span.textContent = meta;
      li.append(span);
    }
    return li;
  };
  const fillList = (list: string, empty: string, items: HTMLLIElement[]) => {
    root.querySelector(list)!.replaceChildren(...items);
    root.querySelector<HTMLElement>(empty)!.hidden = items.length > 0;
  };

  let queue: number[] = [];
  const render = () => {
    const schedule = loadSchedule();
    limit.value = String(schedule.newPerDay);
    const today = localDay(new Date());
    const plan = reviewPlan(schedule, questions.map((q) => q.n), today);
    fillList('[data-due-list]', '[data-due-empty]', plan.due.map((d) => item(d.n, d.overdue > 0 ? fill(s, 'reviewOverdue', { count: d.overdue }) : undefined)));
    fillList('[data-new-list]', '[data-new-empty]', plan.fresh.map((n) => item(n)));
    fillList(
      '[data-upcoming]',
      '[data-upcoming-empty]',
      plan.upcoming.map((u) => {
        const li = document.createElement('li');
        const [y, m, d] = u.day.split('-').map(Number) as [number, number, number];
        li.textContent = fill(s, 'reviewUpcomingDay', { date: dates.format(new Date(y, m - 1, d)), count: u.numbers.length });
        return li;
      }),
    );
    queue = [...plan.due.map((d) => d.n), ...plan.fresh];
    start.textContent = fill(s, 'reviewStart', { count: queue.length });
    start.hidden = queue.length === 0;
  };

  limit.addEventListener('change', () => {
    const value = Math.max(0, Math.min(100, Math.round(Number(limit.value))));
    if (!saveSchedule({ ...loadSchedule(), newPerDay: Number.isFinite(value) ? value : 0 })) {
      root.querySelector('[data-review-status]')!.textContent = fill(s, 'storageFailed');
    }
    render();
  });
  // A session is a drill through the queue, in practice mode: reveal, rate, move on.
  start.addEventListener('click', () => {
    if (queue.length === 0) return;
    const drill = { ...startDrill([], 'in-order', { practiceBefore: read(PRACTICE_KEY) === 'on' }), queue };
    if (!write(DRILL_KEY, JSON.stringify(drill)) || !write(PRACTICE_KEY, 'on')) {
      root.querySelector('[data-review-status]')!.textContent = fill(s, 'storageFailed');
      return;
    }
    location.href = url(queue[0]!);
  });
  document.addEventListener('schedule-changed', render);
  void readySchedule().then(render);
}

/** "N due today" on the home page, linking to the review page. */
export async function initDueLink() {
  const link = document.querySelector<HTMLAnchorElement>('[data-due-link]');
  if (!link) return;
  const s = strings(link, 'review');
  const numbers = (link.dataset.numbers ?? '').split(',').filter(Boolean).map(Number);
  const plan = reviewPlan(await readySchedule(), numbers, localDay(new Date()));
  if (plan.due.length === 0) return;
  link.textContent = `${fill(s, 'dueToday', { count: plan.due.length })} →`;
  link.dataset.due = '';
}
