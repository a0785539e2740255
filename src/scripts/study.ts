import { DRILL_KEY, drillPosition, parseDrill } from '../lib/drill';
import { markOf, setMark, type Mark } from '../lib/progress';
import { format } from '../lib/format';
import { loadProgress, PRACTICE_KEY, read, saveProgress, strings, write } from './storage';

interface Strings {
  copyLink: string;
  copied: string;
  copyFailed: string;
  drillProgress: string;
  drillDone: string;
}

const root = document.documentElement;
const practiceOn = () => root.dataset.practice !== undefined;

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

/** Two chain links: drawn as SVG so no font needs the glyph. */
function linkIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  for (const d of ['M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7', 'M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7']) {
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

function initCopyLinks(article: HTMLElement, s: Strings) {
  for (const anchor of article.querySelectorAll<HTMLAnchorElement>('.heading-anchor')) {
    const id = anchor.hash.slice(1);
    const title = anchor.parentElement?.querySelector('h2')?.textContent?.trim() ?? id;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.setAttribute('aria-label', format(s.copyLink, { title }));
    button.title = format(s.copyLink, { title });
    button.append(linkIcon());
    button.addEventListener('click', async () => {
      const url = new URL(location.href);
      url.search = '';
      url.hash = id;
      const ok = await copy(url.href);
      announce(ok ? s.copied : s.copyFailed);
      button.dataset.copied = ok ? 'yes' : 'no';
      setTimeout(() => delete button.dataset.copied, 2000);
    });
    anchor.after(button);
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
      render();
    });
  }
  render();
}

function initDrill(bar: HTMLElement, n: number, urlFor: (n: number) => string, s: Strings) {
  const drill = parseDrill(read(DRILL_KEY));
  const pos = drill && drillPosition(drill, n);
  if (!drill || !pos) return;
  bar.hidden = false;
  const status = bar.querySelector<HTMLElement>('[data-drill-status]')!;
  const next = bar.querySelector<HTMLAnchorElement>('[data-drill-next]')!;
  status.textContent = pos.next ? format(s.drillProgress, pos) : `${format(s.drillProgress, pos)} · ${s.drillDone}`;
  if (pos.next) {
    next.href = urlFor(pos.next);
    next.hidden = false;
  }
  write(DRILL_KEY, JSON.stringify({ ...drill, index: pos.position - 1 }));
  bar.querySelector('[data-drill-end]')?.addEventListener('click', () => {
    write(DRILL_KEY, null);
    bar.hidden = true;
  });
}

export function initStudy() {
  const article = document.querySelector<HTMLElement>('article.question');
  const tools = document.querySelector<HTMLElement>('[data-study]');
  if (!article || !tools) return;
  const n = Number(tools.dataset.number);
  const s = strings<Strings>(tools);
  const template = tools.dataset.questionUrl!;
  tools.hidden = false;

  const toggle = tools.querySelector<HTMLInputElement>('[data-practice-toggle]')!;
  toggle.checked = practiceOn();
  toggle.addEventListener('change', () => setPractice(toggle.checked, article));

  article.querySelector('.reveal-panel button')?.addEventListener('click', () => reveal(article, true));
  // A shared link to a section shows that section, practice mode or not.
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target && article.querySelector('.prose')?.contains(target)) {
    reveal(article, false);
    target.scrollIntoView();
  }

  initMarks(tools, n);
  initCopyLinks(article, s);
  const bar = document.querySelector<HTMLElement>('[data-drill-bar]');
  if (bar) initDrill(bar, n, (m) => template.replace('{n}', String(m)), s);
}
