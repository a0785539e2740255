import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeSearchWeights, SHORT_ANSWER_WEIGHT } from '../../src/markdown/rehype-search-weights';

const el = (tagName: string, className: string[] = [], children: Element[] = []): Element => ({ type: 'element', tagName, properties: { className }, children });

describe('rehypeSearchWeights', () => {
  it('weights the short answer up and leaves references and code blocks out of the index', () => {
    const short = el('section', ['qa-section', 'qa-section--short-answer']);
    const explanation = el('section', ['qa-section', 'qa-section--explanation'], [el('pre')]);
    const refs = el('section', ['qa-section', 'qa-section--references']);
    const tree: Root = { type: 'root', children: [short, explanation, refs] };
    rehypeSearchWeights()(tree);
    expect(short.properties.dataPagefindWeight).toBe(SHORT_ANSWER_WEIGHT);
    expect(explanation.properties.dataPagefindWeight).toBeUndefined();
    expect(explanation.properties.dataPagefindIgnore).toBeUndefined();
    expect(explanation.children[0]!.type === 'element' && (explanation.children[0] as Element).properties.dataPagefindIgnore).toBe('all');
    expect(refs.properties.dataPagefindIgnore).toBe('all');
  });
});
