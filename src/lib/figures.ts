/**
 * The rules a figure in the content follows, checked where the figure is rendered
 * (the build fails naming the page) and by the content tests (naming the file).
 */
import type { Tag } from './taxonomy';

export interface FigureUse {
  id: string;
  draw: string;
  caption: string;
  alt: string;
}

/** Topics a reader grasps faster from a picture: a question tagged so has a figure. */
export const FIGURE_TAGS: readonly Tag[] = ['architecture', 'efficiency', 'position'];

export const FIGURE_ID = /^fig-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a figure's props are unusable, or null. `drawings` are the known drawing names. */
export type FigureProps = { [K in keyof FigureUse]?: string | undefined };

export function figureProblem(use: FigureProps, drawings: readonly string[]): string | null {
  if (!use.id || !FIGURE_ID.test(use.id)) return `id "${use.id ?? ''}" must look like fig-kv-cache (lower case, starts with fig-)`;
  if (!use.draw || !drawings.includes(use.draw)) return `draw "${use.draw ?? ''}" is not a drawing in src/figures/ (known: ${drawings.join(', ')})`;
  if (!use.caption?.trim()) return 'caption is empty';
  if (!use.alt?.trim()) return 'alt (the text alternative) is empty';
  if (use.alt.trim() === use.caption.trim()) return 'alt repeats the caption; describe what the figure shows';
  return null;
}

/** `<Figure …/>` uses in an MDX body, with their props, in order. */
export function figureUses(mdx: string): FigureProps[] {
  const uses: FigureProps[] = [];
  for (const m of mdx.matchAll(/<Figure\b([\s\S]*?)\/>/g)) {
    const props: Record<string, string> = {};
    for (const p of m[1]!.matchAll(/(\w+)=(?:"([^"]*)"|'([^']*)')/g)) props[p[1]!] = p[2] ?? p[3] ?? '';
    uses.push({ id: props.id, draw: props.draw, caption: props.caption, alt: props.alt });
  }
  return uses;
}

/** Whether a question with these tags must carry at least one figure. */
export function needsFigure(tags: readonly string[]): boolean {
  return tags.some((t) => (FIGURE_TAGS as readonly string[]).includes(t));
}
