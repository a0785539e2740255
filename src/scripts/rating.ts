import type { RatingName } from '../lib/schedule';
import { fill } from '../lib/widget-contract';
import { readySchedule, saveSchedule, strings } from './storage';

/** The recall rating at the end of a question: updates its FSRS card and says when it is due. */
export function initRating() {
  const bar = document.querySelector<HTMLElement>('[data-rating-bar]');
  if (!bar) return;
  const s = strings(bar, 'rating');
  const n = Number(bar.dataset.number);
  const status = bar.querySelector<HTMLElement>('[data-rating-status]')!;
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>('[data-rating]')];
  const dateFormat = new Intl.DateTimeFormat(s.locale, { month: 'long', day: 'numeric', weekday: 'short' });
  for (const button of buttons) {
    button.addEventListener('click', async () => {
      const now = new Date();
      // The scheduler loads on the first rating, not with every page.
      const { rate } = await import('../lib/schedule-fsrs');
      const result = rate(await readySchedule(now), n, button.dataset.rating as RatingName, now);
      if (!saveSchedule(result.schedule)) {
        status.textContent = fill(s, 'storageFailed');
        return;
      }
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      const [y, m, d] = result.due.split('-').map(Number) as [number, number, number];
      status.textContent = fill(s, 'nextReview', { count: result.days, date: dateFormat.format(new Date(y, m - 1, d)) });
      // Rating is answering: a drill counts the question done.
      document.dispatchEvent(new CustomEvent('answer-revealed'));
    });
  }
}
