import { parseProgress } from '../lib/progress';
import { applyImport, planImport, serializeProgress, summarize, type ImportPlan } from '../lib/progress-edit';
import { fill, type WidgetStrings } from '../lib/widget-contract';
import { loadProgress, loadSchedule, readySchedule, saveProgress, saveSchedule, strings } from './storage';
import { mergeSchedule, parseSchedule } from '../lib/schedule';

type Strings = WidgetStrings<'progress'>;

const list = (value: string | undefined) => (value ?? '').split(',').filter(Boolean).map(Number);

/** Marks every listed question with the reader's status and keeps the summary current. */
function render(panel: HTMLElement, s: Strings) {
  const progress = loadProgress();
  const summary = summarize(progress, list(panel.dataset.numbers));
  panel.querySelector('[data-progress-summary]')!.textContent = fill(s, 'progressSummary', summary);
  for (const item of document.querySelectorAll<HTMLElement>('[data-q]')) {
    const badge = item.querySelector<HTMLElement>('[data-status]');
    if (!badge) continue;
    const mark = progress.marks[item.dataset.q!];
    badge.hidden = !mark;
    badge.className = `q-status${mark ? ` q-status--${mark}` : ''}`;
    badge.textContent = mark === 'mastered' ? `✓ ${fill(s, 'statusMastered')}` : mark === 'review' ? `↻ ${fill(s, 'statusReview')}` : '';
  }
}

export function initProgressPanel() {
  const panel = document.querySelector<HTMLElement>('[data-progress-panel]');
  if (!panel) return;
  const s = strings(panel, 'progress');
  const status = panel.querySelector<HTMLElement>('[data-progress-status]')!;
  const confirm = panel.querySelector<HTMLElement>('[data-import-confirm]')!;
  render(panel, s);
  document.addEventListener('progress-changed', () => render(panel, s));
  window.addEventListener('storage', () => render(panel, s));

  panel.querySelector('[data-export]')?.addEventListener('click', async () => {
    // One file for both: the marks and the review schedule.
    const file = { ...(JSON.parse(serializeProgress(loadProgress())) as object), schedule: await readySchedule() };
    const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `transformer-qa-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  let pending: ImportPlan | null = null;
  const ignored = (plan: ImportPlan) => (plan.ignored.length ? ` ${fill(s, 'importIgnored', { count: plan.ignored.length })}` : '');
  const finish = (plan: ImportPlan, conflicts: 'replace' | 'keep') => {
    saveProgress(applyImport(loadProgress(), plan, conflicts));
    const replaced = conflicts === 'replace' ? plan.changed.length : 0;
    status.textContent = fill(s, 'importDone', { added: plan.added.length, replaced }) + ignored(plan);
  };

  for (const button of confirm.querySelectorAll<HTMLButtonElement>('[data-import-choice]')) {
    button.addEventListener('click', () => {
      const choice = button.dataset.importChoice;
      confirm.hidden = true;
      if (!pending) return;
      if (choice === 'replace' || choice === 'keep') finish(pending, choice);
      else status.textContent = fill(s, 'importCancelled');
      pending = null;
    });
  }

  const input = panel.querySelector<HTMLInputElement>('[data-import]')!;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    confirm.hidden = true;
    pending = null;
    const text = await file.text();
    const result = parseProgress(text);
    // A schedule in the file must be sound too, or nothing is imported.
    const scheduleIn = result.ok ? (JSON.parse(text) as { schedule?: unknown }).schedule : undefined;
    const schedule = scheduleIn === undefined ? null : parseSchedule(scheduleIn);
    if (!result.ok || (schedule && !schedule.ok)) {
      const why = !result.ok ? result.error : schedule && !schedule.ok ? `schedule: ${schedule.error}` : '';
      console.warn(`progress import rejected (${why})`);
      status.textContent = `${fill(s, 'importFailed')} (${why})`;
      return;
    }
    if (schedule?.ok) saveSchedule(mergeSchedule(loadSchedule(), schedule.schedule, list(panel.dataset.known)));
    const plan = planImport(loadProgress(), result.progress, list(panel.dataset.known));
    if (plan.changed.length > 0) {
      // Overwriting the reader's own marks needs their say-so.
      pending = plan;
      status.textContent = '';
      panel.querySelector('[data-import-plan]')!.textContent = fill(s, 'importPlan', { added: plan.added.length, changed: plan.changed.length });
      confirm.hidden = false;
      confirm.querySelector<HTMLButtonElement>('[data-import-choice="replace"]')!.focus();
    } else if (plan.added.length > 0) {
      finish(plan, 'keep');
    } else {
      status.textContent = fill(s, 'importNothing') + ignored(plan);
    }
  });
}
