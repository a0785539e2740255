import { DRILL_KEY, startDrill } from '../lib/drill';
import { loadProgress, PRACTICE_KEY, read, strings, write } from './storage';
import { format } from '../lib/format';
import { fill } from '../lib/widget-contract';

/** Starts a drill: stores the queue, turns practice mode on, opens the first question. */
export function initDrillForm() {
  const form = document.querySelector<HTMLFormElement>('[data-drill-form]');
  if (!form) return;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const set = String(data.get('set'));
    const numbers =
      set === 'review'
        ? Object.entries(loadProgress().marks)
            .filter(([, mark]) => mark === 'review')
            .map(([n]) => Number(n))
        : set.split(',').map(Number);
    if (numbers.length === 0) {
      form.querySelector('[data-drill-message]')!.textContent = fill(strings(form, 'drillForm'), 'drillEmpty');
      return;
    }
    const drill = startDrill(numbers, data.get('order') === 'shuffled' ? 'shuffled' : 'in-order', { practiceBefore: read(PRACTICE_KEY) === 'on' });
    write(DRILL_KEY, JSON.stringify(drill));
    write(PRACTICE_KEY, 'on');
    location.href = format(form.dataset.questionUrl!, { n: drill.queue[0] });
  });
}
