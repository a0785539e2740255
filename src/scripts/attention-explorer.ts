import { figureText, stateFromControls, runExplorer, scoreCells, weightCells, type ExplorerState, type ExplorerStrings } from '../lib/attention-explorer';

/**
 * Brings the server-rendered attention figures to life: reads the form, recomputes
 * with the same module the build used, and rewrites cell text and heat classes in
 * place (no markup is generated here, so the figure keeps its table semantics).
 */

const control = (form: HTMLElement, name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

function readState(form: HTMLElement, n: number, dims: number): ExplorerState {
  const query = Number((form.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? { value: '0' }).value);
  return stateFromControls({ checked: (name) => control(form, name).checked, value: (name) => control(form, name).value, query }, n, dims);
}

function render(figure: HTMLElement, form: HTMLElement, tokens: string[], strings: ExplorerStrings) {
  const dims = form.querySelectorAll('tbody tr:first-child input[type="number"]').length;
  const state = readState(form, tokens.length, dims);
  const view = runExplorer(state);
  const { result } = view;
  const text = figureText(view, state.query, tokens, strings);
  const q = state.query;

  form.querySelector('[data-explorer-tau]')!.textContent = state.temperature.toFixed(2);
  control(form, 'temperature').setAttribute('aria-valuetext', `τ = ${state.temperature.toFixed(2)}`);

  const tables = { scores: scoreCells(result), weights: weightCells(result) };
  for (const [kind, cells] of Object.entries(tables)) {
    const table = figure.querySelector(`[data-explorer-matrix="${kind}"]`)!;
    table.querySelectorAll('tbody tr').forEach((tr, i) => {
      tr.classList.toggle('is-query', i === q);
      tr.querySelectorAll('td').forEach((td, j) => {
        td.textContent = cells[i]![j]!.text;
        td.className = cells[i]![j]!.className;
      });
    });
  }
  figure.querySelector('[data-explorer-matrix="scores"] [data-explorer-caption]')!.textContent = text.scoresCaption;
  figure.querySelector('[data-explorer-output-title]')!.textContent = text.outputTitle;
  figure.querySelector('[data-explorer-sum]')!.textContent = text.sum;
  figure.querySelector('[data-explorer-summary]')!.textContent = text.summary;
}

export function initAttentionExplorers() {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-explorer]')) {
    const form = figure.querySelector<HTMLElement>('[data-explorer-form]')!;
    const tokens = JSON.parse(figure.dataset.tokens ?? '[]') as string[];
    const strings = JSON.parse(figure.dataset.strings ?? '{}') as ExplorerStrings;
    form.addEventListener('input', () => render(figure, form, tokens, strings));
    form.addEventListener('change', () => render(figure, form, tokens, strings));
    figure.querySelector<HTMLFieldSetElement>('[data-explorer-controls]')!.disabled = false;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="number"]')) input.disabled = false;
    // The server drew the initial settings; a reload may have restored other form values.
    render(figure, form, tokens, strings);
  }
}
