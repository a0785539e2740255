import { mergeProgress, parseProgress, serializeProgress, summarize } from '../lib/progress';
import { format } from '../lib/format';
import { loadProgress, saveProgress, strings } from './storage';

interface Strings {
  summary: string;
  importDone: string;
  importFailed: string;
  mastered: string;
  review: string;
}

/** Marks every listed question with the reader's status and keeps the summary current. */
function render(panel: HTMLElement, s: Strings) {
  const progress = loadProgress();
  const numbers = (panel.dataset.numbers ?? '').split(',').filter(Boolean).map(Number);
  const summary = summarize(progress, numbers);
  panel.querySelector('[data-progress-summary]')!.textContent = format(s.summary, summary);
  for (const item of document.querySelectorAll<HTMLElement>('[data-q]')) {
    const badge = item.querySelector<HTMLElement>('[data-status]');
    if (!badge) continue;
    const mark = progress.marks[item.dataset.q!];
    badge.hidden = !mark;
    badge.className = `q-status${mark ? ` q-status--${mark}` : ''}`;
    badge.textContent = mark === 'mastered' ? `✓ ${s.mastered}` : mark === 'review' ? `↻ ${s.review}` : '';
  }
}

export function initProgressPanel() {
  const panel = document.querySelector<HTMLElement>('[data-progress-panel]');
  if (!panel) return;
  const s = strings<Strings>(panel);
  const status = panel.querySelector<HTMLElement>('[data-progress-status]')!;
  panel.hidden = false;
  render(panel, s);
  document.addEventListener('progress-changed', () => render(panel, s));
  window.addEventListener('storage', () => render(panel, s));

  panel.querySelector('[data-export]')?.addEventListener('click', () => {
    const blob = new Blob([serializeProgress(loadProgress())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `transformer-qa-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  const input = panel.querySelector<HTMLInputElement>('[data-import]')!;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseProgress(await file.text());
    if (!result.ok) {
      console.warn(`progress import rejected (${result.error})`);
      status.textContent = s.importFailed;
      return;
    }
    saveProgress(mergeProgress(loadProgress(), result.progress));
    status.textContent = format(s.importDone, { count: Object.keys(result.progress.marks).length });
  });
}
