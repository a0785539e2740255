/**
 * Observable Plot, run at build time against linkedom's DOM, turned into an SVG
 * string the strict Content-Security-Policy allows: Plot adds a <style> element and
 * may add style attributes; both go, and the figure's stylesheet (external, like every
 * other style on the site) takes their place. Colours are set there through classes,
 * so the light, dark and print themes all apply.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** "y-axis tick label" → "plot-y-axis-tick-label". */
export const plotClass = (label: string) => `plot-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

export function plotSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
  // With a legend or a title Plot wraps the chart in an HTML <figure>; label the marks instead.
  if (node.tagName.toLowerCase() !== 'svg') throw new Error('plotSvg: Plot returned HTML, not an <svg> (a legend or title?); label the lines with text marks instead');
  const svg = node;
  svg.querySelectorAll('style').forEach((s) => s.remove());
  // Plot names its groups with aria-label ("y-axis tick", "dot"), which ARIA forbids on a
  // <g> without a role; the figure box names the whole chart. The label becomes a class
  // (plot-y-axis-tick), which the chart stylesheet uses.
  svg.querySelectorAll('[aria-label]').forEach((el) => {
    const label = el.getAttribute('aria-label')!;
    el.removeAttribute('aria-label');
    el.setAttribute('class', [el.getAttribute('class'), plotClass(label)].filter(Boolean).join(' '));
  });
  svg.querySelectorAll('[aria-description]').forEach((el) => el.removeAttribute('aria-description'));
  svg.querySelectorAll('[style]').forEach((el) => el.removeAttribute('style'));
  svg.removeAttribute('style');
  // Plot's generated class only scoped the <style> just removed.
  svg.setAttribute('class', 'fig-plot');
  svg.removeAttribute('font-family');
  svg.removeAttribute('font-size');
  return svg.outerHTML;
}
