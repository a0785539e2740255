/**
 * A formula as plain text for the search index and its excerpts: KaTeX's MathML
 * turned into softmax(QKᵀ/√dk) rather than the visible HTML's glyph soup
 * ("softmax(dkQK⊤)"). A one-character subscript is written inline, as people type
 * it (dk, WQ, x1), so a search for "dk" finds √dₖ; longer ones keep an underscore
 * (d_model). Superscripts use Unicode where every character has a form, else ^.
 */
/** The part of a hast node this reads: MathML elements and their text. */
export interface MathNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: MathNode[];
}

const SUP: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾',
  i: 'ⁱ', n: 'ⁿ', T: 'ᵀ', '⊤': 'ᵀ', '′': '′', '*': '*',
};
const SPACED = new Set(['=', '≈', '≤', '≥', '<', '>', '→', '←', '∈', '∝', '≠', '≡', '⇒', '↦']);
const OPERATOR = /[+\-−=<>≈≤≥·×,\s]/;

const subscript = (s: string) => (/^[\p{L}\d]$|^\d+$/u.test(s) ? s : `_${group(s)}`);
const script = (s: string, table: Record<string, string>) => ([...s].every((c) => c in table) ? [...s].map((c) => table[c]).join('') : null);
const group = (s: string) => (s.length > 1 && OPERATOR.test(s) ? `(${s})` : s);

function elements(node: MathNode): MathNode[] {
  return (node.children ?? []).filter((c) => c.type === 'element' || (c.type === 'text' && (c.value ?? '').trim() !== ''));
}

function text(node: MathNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type !== 'element' && node.type !== 'root') return '';
  const kids = elements(node);
  const [a, b, c] = kids.map(text) as [string, string, string];
  switch (node.tagName) {
    case 'annotation':
    case 'mphantom':
      return '';
    case 'semantics':
      return kids[0] ? text(kids[0]) : '';
    case 'mo': {
      const op = kids.map(text).join('').trim();
      return SPACED.has(op) ? ` ${op} ` : op;
    }
    case 'mspace':
      return ' ';
    case 'msub':
      return a + subscript(b);
    case 'msup':
      return a + (script(b, SUP) ?? `^${group(b)}`);
    case 'msubsup':
      return a + subscript(b) + (script(c, SUP) ?? `^${group(c)}`);
    case 'munder':
    case 'munderover':
    case 'mover':
      // Limits of a sum, accents and braces: the base carries the meaning in a search excerpt.
      return a;
    case 'mfrac':
      return `${group(a)}/${group(b)}`;
    case 'msqrt':
      return `√${group(kids.map(text).join(''))}`;
    case 'mroot':
      return `root(${a}, ${b})`;
    case 'mtr':
      return kids.map(text).join(' ');
    case 'mtable':
      return kids.map(text).join('; ');
    default:
      return kids.map(text).join('');
  }
}

/** Plain text of a <math> element (or any MathML subtree), whitespace collapsed. */
export function mathPlainText(node: MathNode): string {
  return text(node).replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
}
