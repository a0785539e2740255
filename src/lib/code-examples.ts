/**
 * Runnable examples in a question's MDX body: a ```python block whose printed output
 * the page shows in a ```text block right after it. tests/content/python-examples.test.ts
 * runs each one and compares; this module only finds the pairs.
 */

/** A fenced code block. Lines are 1-based and counted in the text that was parsed. */
export interface FencedBlock {
  lang: string;
  /** The lines between the fences, indentation of the opening fence removed, joined by "\n". */
  content: string;
  /** Line of the opening fence. */
  line: number;
  /** Line of the closing fence (the last line of the text if the block is never closed). */
  endLine: number;
}

/** A python block paired with the output the page claims it prints. */
export interface PythonExample {
  /** 1-based position among the paired examples of the body. */
  index: number;
  code: string;
  /** The text block's content, without a trailing newline. */
  output: string;
  /** Line of the ```python fence. */
  line: number;
  /** Line of the ```text fence. */
  outputLine: number;
}

/** Longest line of prose allowed between a python block and its output ("运行输出：", "Output:"). */
export const MAX_CAPTION_LENGTH = 80;

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^\s`{]*)/;

/** Every fenced code block of a Markdown/MDX text, in order. */
export function fencedBlocks(text: string): FencedBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const marker = open[2]!;
    const body: string[] = [];
    let end = lines.length - 1;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      const close = /^( {0,3})(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[2]![0] === marker[0] && close[2]!.length >= marker.length) {
        end = j;
        break;
      }
      // Content lines lose up to the opening fence's indentation (CommonMark).
      body.push(line.replace(new RegExp(`^ {0,${indent}}`), ''));
      if (j === lines.length - 1) end = j;
    }
    blocks.push({ lang: open[3]!.toLowerCase(), content: body.join('\n'), line: i + 1, endLine: end + 1 });
    i = end;
  }
  return blocks;
}

/**
 * The python blocks that are followed by a ```text block, with at most one short line of
 * prose (and blank lines) between them. A python block with no output block after it, or
 * whose output is introduced by a longer paragraph, is not an example this finds.
 */
export function findPythonExamples(text: string): PythonExample[] {
  const lines = text.split(/\r?\n/);
  const blocks = fencedBlocks(text);
  const examples: PythonExample[] = [];
  for (let b = 0; b + 1 < blocks.length; b++) {
    const code = blocks[b]!;
    const out = blocks[b + 1]!;
    if (code.lang !== 'python' || out.lang !== 'text') continue;
    const between = lines.slice(code.endLine, out.line - 1).filter((l) => l.trim() !== '');
    if (between.length > 1) continue;
    if (between.length === 1 && between[0]!.trim().length > MAX_CAPTION_LENGTH) continue;
    examples.push({
      index: examples.length + 1,
      code: code.content,
      output: out.content.replace(/\n$/, ''),
      line: code.line,
      outputLine: out.line,
    });
  }
  return examples;
}

/**
 * A key under which two snippets that differ only in comments and blank lines (the zh and
 * en copies of one example) are the same program: comments outside string literals and
 * trailing spaces are dropped, and lines left empty outside strings are removed.
 */
export function pythonCacheKey(code: string): string {
  let out = '';
  let line = '';
  let quote = ''; // '', or the delimiter of the open string: ', ", ''' or """
  const endLine = () => {
    if (quote || line.trim() !== '') out += line.replace(/[ \t]+$/, '') + '\n';
    line = '';
  };
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') {
        line += c + (code[i + 1] ?? '');
        i++;
        if (code[i] === '\n') endLine();
        continue;
      }
      if (code.startsWith(quote, i)) {
        line += quote;
        i += quote.length - 1;
        quote = '';
        continue;
      }
      if (c === '\n') {
        if (quote.length === 1) quote = ''; // an unterminated one-line string: not our business
        endLine();
        continue;
      }
      line += c;
      continue;
    }
    if (c === '#') {
      while (i + 1 < code.length && code[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      endLine();
      continue;
    }
    if (c === '"' || c === "'") {
      quote = code.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      line += quote;
      i += quote.length - 1;
      continue;
    }
    line += c;
  }
  endLine();
  return out;
}
