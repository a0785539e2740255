/**
 * Unicode sub- and superscript letters (dₖ, Kᵀ) read well on a page, where the
 * system has fonts for them, but the link-preview card draws with Noto Sans SC,
 * which has no glyph for most of them and prints a box. On the card they become
 * TeX-like plain text: dₖ → d_k, QKᵀ → QK^T. Runs stay together: xᵢⱼ → x_ij.
 */
const SUB: Record<string, string> = {
  ₐ: 'a', ₑ: 'e', ₒ: 'o', ₓ: 'x', ₔ: 'ə', ₕ: 'h', ₖ: 'k', ₗ: 'l', ₘ: 'm', ₙ: 'n', ₚ: 'p', ₛ: 's', ₜ: 't',
  ᵢ: 'i', ⱼ: 'j', ᵣ: 'r', ᵤ: 'u', ᵥ: 'v',
};
const SUP: Record<string, string> = {
  ᴬ: 'A', ᴮ: 'B', ᴰ: 'D', ᴱ: 'E', ᴳ: 'G', ᴴ: 'H', ᴵ: 'I', ᴶ: 'J', ᴷ: 'K', ᴸ: 'L', ᴹ: 'M', ᴺ: 'N', ᴼ: 'O', ᴾ: 'P', ᴿ: 'R', ᵀ: 'T', ᵁ: 'U', ᵂ: 'W',
  ᵃ: 'a', ᵇ: 'b', ᵈ: 'd', ᵉ: 'e', ᵍ: 'g', ᵏ: 'k', ᵐ: 'm', ᵒ: 'o', ᵖ: 'p', ᵗ: 't', ᵘ: 'u', ᵛ: 'v', ⁱ: 'i', ⁿ: 'n',
};

export function plainScripts(text: string): string {
  const run = (table: Record<string, string>, mark: string) =>
    (s: string) => s.replace(new RegExp(`[${Object.keys(table).join('')}]+`, 'gu'), (m) => mark + [...m].map((c) => table[c]).join(''));
  return run(SUP, '^')(run(SUB, '_')(text));
}
