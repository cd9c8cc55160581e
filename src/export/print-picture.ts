/**
 * The chart for the print view, as inline SVG markup built synchronously. An `<img>` would decode
 * asynchronously and miss the browser's print snapshot; inline markup is laid out at once.
 */
import type { ExportContext } from './formats.ts';
import { buildPicture } from './run-export.ts';

/** The chart's SVG, light themed, ready to be set as an element's markup (no XML prolog). */
export function printChartSvg(context: Pick<ExportContext, 'view' | 'match'>, now: Date): string {
  const { svg } = buildPicture({ ...context, theme: 'light' }, 1, now);
  return svg.replace(/^<\?xml[^>]*\?>\s*/, '');
}
