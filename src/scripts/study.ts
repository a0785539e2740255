import { DRILL_KEY, drillFinished, drillPosition, drillSummary, markAnswered, parseDrill, type Drill } from '../lib/drill';
import { markOf, type Mark } from '../lib/progress';
import { setMark } from '../lib/progress-edit';
import { format } from '../lib/format';
import { fill, type WidgetStrings } from '../lib/widget-contract';
import { loadProgress, PRACTICE_KEY, read, saveProgress, strings, write } from './storage';

type Strings = WidgetStrings<'study'>;

const root = document.documentElement;

function announce(text: string) {
  const status = document.querySelector<HTMLElement>('[data-study-status]');
  if (!status) return;
  status.textContent = '';
  // A fresh text node makes screen readers announce a repeated message too.
  requestAnimationFrame(() => (status.textContent = text));
}

function setPractice(on: boolean, article: HTMLElement) {
  if (on) root.dataset.practice = '';
  else delete root.dataset.practice;
  delete article.dataset.revealed;
  write(PRACTICE_KEY, on ? 'on' : null);
}

function reveal(article: HTMLElement, focus: boolean) {
  article.dataset.revealed = '';
  document.dispatchEvent(new CustomEvent('answer-revealed'));
  if (focus) {
    const first = article.querySelector<HTMLElement>('.prose h2');
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
  }
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or clipboard permission refused: the selection-based fallback.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/** Copies, then says so in the button itself and to screen readers. */
function copyButton(button: HTMLButtonElement, text: () => string, done: string, s: Strings) {
  // Every copy button is built with its (empty) feedback span.
  const feedback = button.querySelector<HTMLElement>('.copy-feedback')!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    const ok = await copy(text());
    const failed = fill(s, 'copyFailed');
    announce(ok ? done : failed);
    button.dataset.copied = ok ? 'yes' : 'no';
    feedback.textContent = ok ? done : failed;
    clearTimeout(timer);
    timer = setTimeout(() => {
      delete button.dataset.copied;
      feedback.textContent = '';
    }, 4000);
  });
}

function initCopyLinks(article: HTMLElement, s: Strings) {
  // The buttons are in the built page (rehype-question-sections), shown by CSS on scripted pages.
  for (const button of article.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
    const id = button.dataset.copyLink!;
    copyButton(button, () => {
      const url = new URL(location.href);
      url.search = '';
      url.hash = id;
      return url.href;
    }, fill(s, 'copied'), s);
  }
}

function initCopyCode(article: HTMLElement, s: Strings) {
  // Drawn beside each code block when the page is built (rehype-copy-code).
  for (const button of article.querySelectorAll<HTMLButtonElement>('[data-copy-code]')) {
    const pre = button.parentElement?.querySelector('pre');
    if (pre) copyButton(button, () => pre.textContent ?? '', fill(s, 'codeCopied'), s);
  }
}

function initMarks(tools: HTMLElement, n: number) {
  const buttons = [...tools.querySelectorAll<HTMLButtonElement>('[data-mark]')];
  const render = () => {
    const mark = markOf(loadProgress(), n);
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.mark === mark));
  };
  for (const b of buttons) {
    b.addEventListener('click', () => {
      const mark = b.dataset.mark as Mark;
      const current = markOf(loadProgress(), n);
      saveProgress(setMark(loadProgress(), n, current === mark ? null : mark));
      document.dispatchEvent(new CustomEvent('answer-revealed'));
      render();
    });
  }
  render();
}

function initDrill(bar: HTMLElement, n: number, urlFor: (n: number) => string, s: Strings) {
  let drill = parseDrill(read(DRILL_KEY));
  const pos = drill && drillPosition(drill, n);
  if (!drill || !pos) return;
  bar.hidden = false;
  const status = bar.querySelector<HTMLElement>('[data-drill-status]')!;
  const next = bar.querySelector<HTMLAnchorElement>('[data-drill-next]')!;
  const end = bar.querySelector<HTMLButtonElement>('[data-drill-end]')!;
  const summary = (d: Drill) => fill(s, 'drillSummary', drillSummary(d, loadProgress().marks));
  const save = (d: Drill) => write(DRILL_KEY, JSON.stringify(d));
  // "Done" only once the last question has been answered, with what the reader did.
  const render = (d: Drill) => {
    status.textContent = drillFinished(d) ? `${fill(s, 'drillDone')} ${summary(d)}` : fill(s, 'drillProgress', pos);
  };
  if (pos.next) {
    next.href = urlFor(pos.next);
    next.hidden = false;
  }
  drill = { ...drill, index: pos.position - 1 };
  save(drill);
  render(drill);
  document.addEventListener('answer-revealed', () => {
    if (!drill) return;
    drill = markAnswered(drill, n);
    save(drill);
    render(drill);
  });
  end.addEventListener('click', () => {
    if (!drill) return;
    // Leave the reader's own practice setting as it was before the drill.
    write(PRACTICE_KEY, drill.practiceBefore ? 'on' : null);
    if (drill.practiceBefore) root.dataset.practice = '';
    else delete root.dataset.practice;
    const toggle = document.querySelector<HTMLInputElement>('[data-practice-toggle]');
    if (toggle) toggle.checked = drill.practiceBefore;
    write(DRILL_KEY, null);
    status.textContent = summary(drill);
    drill = null;
    next.hidden = true;
    end.hidden = true;
  });
}

export function initStudy() {
  const article = document.querySelector<HTMLElement>('article.question');
  const tools = document.querySelector<HTMLElement>('[data-study]');
  if (!article || !tools) return;
  const n = Number(tools.dataset.number);
  const s = strings(tools, 'study');
  const template = tools.dataset.questionUrl!;

  // Its checked state was set at load (question-boot.ts); this script loads on first use.
  const toggle = tools.querySelector<HTMLInputElement>('[data-practice-toggle]')!;
  toggle.addEventListener('change', () => setPractice(toggle.checked, article));

  article.querySelector('.reveal-panel button')?.addEventListener('click', () => reveal(article, true));
  // A link to a section shows that section, practice mode or not: a shared link on
  // arrival, and a table-of-contents link clicked on the page.
  const showTarget = () => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target || !article.querySelector('.prose')?.contains(target)) return;
    if (article.dataset.revealed === undefined) {
      reveal(article, false);
      target.scrollIntoView();
    }
  };
  showTarget();
  window.addEventListener('hashchange', showTarget);

  initMarks(tools, n);
  initCopyLinks(article, s);
  initCopyCode(article, s);
  const bar = document.querySelector<HTMLElement>('[data-drill-bar]');
  if (bar) initDrill(bar, n, (m) => format(template, { n: m }), s);
}
