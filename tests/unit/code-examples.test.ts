import { describe, expect, it } from 'vitest';
import { fencedBlocks, findPythonExamples, pythonCacheKey } from '../../src/lib/code-examples';

const fence = '```';
const page = (...parts: string[]) => parts.join('\n');
const py = (code: string) => `${fence}python\n${code}\n${fence}`;
const out = (text: string) => `${fence}text\n${text}\n${fence}`;

describe('fencedBlocks', () => {
  it('finds blocks with their language, content and lines', () => {
    const blocks = fencedBlocks(page('intro', '', py('print(1)'), '', out('1')));
    expect(blocks).toEqual([
      { lang: 'python', content: 'print(1)', line: 3, endLine: 5 },
      { lang: 'text', content: '1', line: 7, endLine: 9 },
    ]);
  });

  it('does not end a block at a shorter or different fence inside it', () => {
    const blocks = fencedBlocks(page('````md', '```python', 'x', '```', '````', '~~~text', '```', '~~~'));
    expect(blocks.map((b) => [b.lang, b.content])).toEqual([
      ['md', '```python\nx\n```'],
      ['text', '```'],
    ]);
  });

  it('removes the indentation of an indented fence from its lines', () => {
    const [block] = fencedBlocks(page('1. step', '   ```python', '   for i in range(2):', '       print(i)', '   ```'));
    expect(block!.content).toBe('for i in range(2):\n    print(i)');
  });
});

describe('findPythonExamples', () => {
  it('pairs a python block with the text block after a short caption', () => {
    const examples = findPythonExamples(page('# q', '', py('print("a")\nprint("b")'), '', '运行输出：', '', out('a\nb')));
    expect(examples).toEqual([{ index: 1, code: 'print("a")\nprint("b")', output: 'a\nb', line: 3, outputLine: 10 }]);
  });

  it('pairs blocks with nothing between them, and numbers examples in order', () => {
    const examples = findPythonExamples(page(py('print(1)'), out('1'), 'Output:', py('print(2)'), 'Output:', out('2')));
    expect(examples.map((e) => [e.index, e.output])).toEqual([
      [1, '1'],
      [2, '2'],
    ]);
  });

  it('keeps blank lines and trailing spaces inside the output', () => {
    const [example] = findPythonExamples(page(py('print("a  ")\nprint()\nprint("b")'), out('a  \n\nb')));
    expect(example!.output).toBe('a  \n\nb');
  });

  it('does not pair a python block that has no output block', () => {
    const examples = findPythonExamples(page(py('print(1)'), '', 'Some prose.', '', '## Next', '', 'More prose.'));
    expect(examples).toEqual([]);
  });

  it('does not pair a python block with an output block of another python block', () => {
    const examples = findPythonExamples(page(py('x = 1'), '', 'Then:', '', py('print(2)'), '', 'Output:', '', out('2')));
    expect(examples.map((e) => e.code)).toEqual(['print(2)']);
  });

  it('does not pair a text block separated by a long paragraph', () => {
    const paragraph =
      'This paragraph explains at length what the code above does, why the scaling matters and what a reader should look for in the numbers below.';
    expect(findPythonExamples(page(py('print(1)'), '', paragraph, '', out('1')))).toEqual([]);
  });

  it('does not pair a text block separated by two short lines', () => {
    expect(findPythonExamples(page(py('print(1)'), '', 'Run it.', '', 'Output:', '', out('1')))).toEqual([]);
  });

  it('ignores blocks in other languages', () => {
    expect(findPythonExamples(page(`${fence}js\nconsole.log(1)\n${fence}`, out('1'), py('print(1)'), `${fence}\n1\n${fence}`))).toEqual([]);
  });
});

describe('pythonCacheKey', () => {
  it('is the same for copies that differ only in comments and blank lines', () => {
    const zh = 'import numpy as np\n\n# 计算分数\nS = Q @ K.T   # 缩放前\nprint(S)\n';
    const en = 'import numpy as np\nS = Q @ K.T   # before scaling\n\nprint(S)';
    expect(pythonCacheKey(zh)).toBe(pythonCacheKey(en));
  });

  it('keeps a # inside strings, and differs when the strings differ', () => {
    expect(pythonCacheKey('print("# a")')).toBe('print("# a")\n');
    expect(pythonCacheKey("print('#', x)  # note")).toBe("print('#', x)\n");
    expect(pythonCacheKey('s = """\n# one\n\n"""')).not.toBe(pythonCacheKey('s = """\n# two\n\n"""'));
    expect(pythonCacheKey('s = """\n\n"""')).not.toBe(pythonCacheKey('s = """\n"""'));
  });

  it('differs when the code differs', () => {
    expect(pythonCacheKey('print(1)')).not.toBe(pythonCacheKey('print(2)'));
    expect(pythonCacheKey('if x:\n    y()')).not.toBe(pythonCacheKey('if x:\n  y()'));
  });
});
