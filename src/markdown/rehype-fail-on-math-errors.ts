import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'hast';
import type { VFile } from 'vfile';

function textOf(node: Nodes | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '';
}

/** `line:column` of a formula's TeX in the source file, read from disk so frontmatter counts. */
function locate(path: string, tex: string): string {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return '';
  }
  const at = tex ? source.indexOf(tex) : -1;
  if (at === -1) return '';
  const before = source.slice(0, at);
  return `:${before.split('\n').length}:${at - before.lastIndexOf('\n')}`;
}

/**
 * rehype-katex only *warns* when KaTeX cannot parse a formula and then prints the
 * raw TeX in red. A study page with broken math must never ship, so this plugin
 * (placed right after rehype-katex) turns each of those warnings into a build error
 * that names the file, the line and the formula.
 */
export function rehypeFailOnMathErrors() {
  return (_tree: Root, file: VFile) => {
    const problems = file.messages.filter((m) => m.source === 'rehype-katex');
    if (problems.length === 0) return;
    const lines = problems.map((m) => {
      const tex = textOf(m.ancestors?.at(-1) as Nodes | undefined).trim();
      const cause = m.cause instanceof Error ? m.cause.message : String(m.cause ?? m.reason);
      return `  ${file.path}${locate(file.path, tex)}: KaTeX cannot render this formula: ${cause}`;
    });
    throw new Error(`Broken math in ${file.path}\n${lines.join('\n')}`);
  };
}
