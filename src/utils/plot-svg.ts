/**
 * Observable Plot, run at build time against linkedom's DOM, turned into an SVG
 * string the strict Content-Security-Policy allows: Plot adds a <style> element and
 * may add style attributes; both go, and the figure's stylesheet (external, like every
 * other style on the site) takes their place. Colours are set there through classes,
 * so the light, dark and print themes all apply.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export function plotSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
  // With a legend or a title Plot wraps the chart in an HTML <figure>; label the marks instead.
  if (node.tagName.toLowerCase() !== 'svg') throw new Error('plotSvg: Plot returned HTML, not an <svg> (a legend or title?); label the lines with text marks instead');
  const svg = node;
  svg.querySelectorAll('style').forEach((s) => s.remove());
  svg.querySelectorAll('[style]').forEach((el) => el.removeAttribute('style'));
  svg.removeAttribute('style');
  // Plot's generated class only scoped the <style> just removed.
  svg.setAttribute('class', 'fig-plot');
  svg.removeAttribute('font-family');
  svg.removeAttribute('font-size');
  return svg.outerHTML;
}
