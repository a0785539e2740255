import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { plotSvg } from '../../src/utils/plot-svg';

describe('plotSvg', () => {
  const svg = plotSvg({
    width: 300,
    height: 150,
    x: { label: '步数' },
    marks: [Plot.lineY([1, 4, 9], { className: 'series-a' }), Plot.text([{ x: 1, y: 1 }], { x: 'x', y: 'y', text: () => 'label' })],
  });
  it('returns one SVG with text labels and the mark classes', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('class="fig-plot"');
    expect(svg).toMatch(/class="series-a plot-line"/);
    expect(svg).toMatch(/<text[^>]*>步数/);
    expect(svg).toContain('>label</text>');
  });
  it('turns Plot\'s aria-labels on groups (not allowed without a role) into classes', () => {
    expect(svg).not.toMatch(/aria-label=/);
    expect(svg).toMatch(/class="[^"]*plot-y-axis-tick-label/);
    expect(svg).toMatch(/class="series-a plot-line"|class="plot-line series-a"/);
  });
  it('keeps nothing a strict CSP blocks: no <style> element, no style attribute', () => {
    expect(svg).not.toMatch(/<style/i);
    expect(svg).not.toMatch(/\sstyle=/i);
  });
  it('refuses a legend, which Plot wraps in HTML', () => {
    expect(() => plotSvg({ color: { legend: true }, marks: [Plot.dot([{ a: 1, c: 'x' }], { x: 'a', fill: 'c' })] })).toThrow(/legend/);
  });
});
