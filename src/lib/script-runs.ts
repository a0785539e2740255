/**
 * Text for the link-preview card, cut into runs of normal, subscript and superscript
 * text, so the card can draw dₖ and QKᵀ as real (smaller, shifted) scripts. Noto
 * Sans SC, the card's font, has no glyph for most Unicode script letters, and
 * spelling them d_k or K^T reads as raw TeX.
 *
 * Both spellings the front matter uses become scripts: Unicode letters (dₖ, xᵢⱼ,
 * Kᵀ) and TeX-like ASCII on a one-letter base (W_Q, d_model, QK^T, n^2).
 */
export type Script = 'sub' | 'sup';
export interface Run {
  text: string;
  script?: Script;
}

const SUB: Record<string, string> = {
  ₐ: 'a', ₑ: 'e', ₒ: 'o', ₓ: 'x', ₔ: 'ə', ₕ: 'h', ₖ: 'k', ₗ: 'l', ₘ: 'm', ₙ: 'n', ₚ: 'p', ₛ: 's', ₜ: 't',
  ᵢ: 'i', ⱼ: 'j', ᵣ: 'r', ᵤ: 'u', ᵥ: 'v',
  '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9',
};
const SUP: Record<string, string> = {
  ᴬ: 'A', ᴮ: 'B', ᴰ: 'D', ᴱ: 'E', ᴳ: 'G', ᴴ: 'H', ᴵ: 'I', ᴶ: 'J', ᴷ: 'K', ᴸ: 'L', ᴹ: 'M', ᴺ: 'N', ᴼ: 'O', ᴾ: 'P', ᴿ: 'R', ᵀ: 'T', ᵁ: 'U', ᵂ: 'W',
  ᵃ: 'a', ᵇ: 'b', ᵈ: 'd', ᵉ: 'e', ᵍ: 'g', ᵏ: 'k', ᵐ: 'm', ᵒ: 'o', ᵖ: 'p', ᵗ: 't', ᵘ: 'u', ᵛ: 'v', ⁱ: 'i', ⁿ: 'n',
};

const cls = (table: Record<string, string>) => `[${Object.keys(table).join('')}]+`;
// A Unicode script run; or a TeX-like one after a lone letter (not inside a word like masked_fill).
const PATTERN = new RegExp(
  `(${cls(SUB)})|(${cls(SUP)})|(?<![A-Za-z0-9_])([A-Za-z]|[A-Z]{2}|[A-Za-z]\\))([_^])(\\{[^}]+\\}|[A-Za-z0-9]+)`,
  'gu',
);

export function scriptRuns(text: string): Run[] {
  const runs: Run[] = [];
  const push = (run: Run) => {
    if (run.text === '') return;
    const last = runs[runs.length - 1];
    if (last && last.script === run.script) last.text += run.text;
    else runs.push(run);
  };
  let at = 0;
  for (const m of text.matchAll(PATTERN)) {
    push({ text: text.slice(at, m.index) });
    if (m[1]) push({ text: [...m[1]].map((c) => SUB[c]).join(''), script: 'sub' });
    else if (m[2]) push({ text: [...m[2]].map((c) => SUP[c]).join(''), script: 'sup' });
    else {
      push({ text: m[3]! });
      push({ text: m[5]!.replace(/^\{|\}$/g, ''), script: m[4] === '_' ? 'sub' : 'sup' });
    }
    at = m.index + m[0].length;
  }
  push({ text: text.slice(at) });
  return runs.map((r) => (r.script ? r : { text: r.text }));
}

/** The characters the card draws, for choosing font subsets. */
export const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');
