/**
 * KaTeX and Shiki write their layout and colours as `style="…"` attributes, which a
 * Content-Security-Policy without 'unsafe-inline' blocks. Each distinct declaration
 * list becomes a class named by its hash, and the rules go into one stylesheet.
 */

/** 32-bit FNV-1a: stable across builds and machines, so class names never churn. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Whitespace and a trailing semicolon do not make two styles different. */
export function normalizeStyle(style: string): string {
  return style
    .split(';')
    .map((d) => d.trim().replace(/\s*:\s*/, ':'))
    .filter(Boolean)
    .join(';');
}

export class StyleRegistry {
  private rules = new Map<string, string>();

  /** The class for a style attribute's value, registering its rule. */
  classFor(style: string): string {
    const css = normalizeStyle(style);
    const name = `st-${fnv1a(css)}`;
    const known = this.rules.get(name);
    if (known !== undefined && known !== css) {
      throw new Error(`style class collision: "${known}" and "${css}" both hash to ${name}`);
    }
    this.rules.set(name, css);
    return name;
  }

  get size(): number {
    return this.rules.size;
  }

  /** The stylesheet, sorted so the same content gives a byte-identical file. */
  css(): string {
    return [...this.rules]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, css]) => `.${name}{${css}}`)
      .join('\n');
  }
}

export const CONTENT_STYLES_PATH = '/_qa/content-styles.css';
