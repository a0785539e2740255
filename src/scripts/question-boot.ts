import { loadOnUse } from './load-on-use';
import { whenNear } from './when-near';
import { DRILL_KEY, PROGRESS_KEY } from '../lib/storage-keys';
import { markAtLoad } from '../lib/mark-at-load';

/**
 * What a question page runs at load: it shows the reader's own state (practice mode,
 * this question's mark) and arranges for each tool to load when it is first used.
 * Copy buttons, the rating bar and the shortcuts button are in the built page and
 * shown by CSS on scripted pages, so nothing moves when their code arrives.
 */
// Not storage.ts's read(): that module (with the schedule's parsing) loads with the tools.
const read = (key: string) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const practiceOn = () => document.documentElement.dataset.practice !== undefined;

function showStudyState(tools: HTMLElement) {
  const toggle = tools.querySelector<HTMLInputElement>('[data-practice-toggle]');
  if (toggle) toggle.checked = practiceOn();
  const mark = markAtLoad(read(PROGRESS_KEY), tools.dataset.number!);
  for (const b of tools.querySelectorAll('[data-mark]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-mark') === mark));
}

export function bootQuestionPage() {
  const tools = document.querySelector<HTMLElement>('[data-study]');
  if (!tools) return;
  showStudyState(tools);

  // The study tools and the recall rating load together: one is rarely used without the
  // other. They start loading as a pointer presses or focus lands on a control, so the
  // click usually finds them there.
  const loadStudy = loadOnUse('[data-study] input, [data-study] button, .reveal-panel button, [data-copy-link], [data-copy-code], [data-drill-end], [data-rating]', ['pointerdown', 'focusin', 'click'], () =>
    Promise.all([import('./study'), import('./rating')]).then(([s, r]) => {
      s.initStudy();
      r.initRating();
    }),
  );
  // A drill in progress shows its bar, and a shared link into a hidden answer opens it.
  if (read(DRILL_KEY) !== null || (practiceOn() && location.hash)) void loadStudy();
  // Arriving from a search result: mark the words found.
  if (location.search.includes('highlight=')) void import('./highlight').then((m) => m.highlightSearchTerms());
  // The report link names the section the address points at; in practice mode the
  // section opens.
  const reportLinks = () => void import('./report-link').then((m) => m.initReportLinks());
  if (location.hash) reportLinks();
  addEventListener('hashchange', () => {
    if (practiceOn()) void loadStudy();
    reportLinks();
  });
  // An explorer's controls come to life before the reader scrolls to them.
  whenNear('[data-explorer]', () => void import('./attention-explorer').then((m) => m.initAttentionExplorers()));

  // The desktop contents list marks the section in view, from the first scroll on.
  addEventListener('scroll', () => void import('./toc').then((m) => m.initToc()), { once: true });
  // A link chosen in the phone's contents disclosure closes it.
  const compact = document.querySelector<HTMLDetailsElement>('[data-toc-compact]');
  compact?.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('a')) compact.open = false;
  });
}
