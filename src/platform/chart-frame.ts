/**
 * Measuring the chart's frame on the page: what floats over it and what covers it. The boot
 * script (before the first paint) and the app (once it runs) measure with these same functions,
 * so both decide the same first view.
 */
import type { Rect } from '../layout/layout-tree.ts';

/** What floats over the chart: the minimap, the controls and React Flow's attribution link. */
const OVERLAYS = '.react-flow__minimap, .react-flow__controls, .react-flow__attribution';

/** What floats over the chart, in pixels from the chart's top-left corner. */
export function obstructionsIn(chart: HTMLElement | null): Rect[] {
  const pane = chart?.querySelector('.react-flow')?.getBoundingClientRect();
  if (!chart || !pane) return [];
  return [...chart.querySelectorAll(OVERLAYS)]
    .map((el) => el.getBoundingClientRect())
    .filter((box) => box.width * box.height > 0) // the minimap is hidden on phones
    .map((box) => ({
      x: box.left - pane.left,
      y: box.top - pane.top,
      width: box.width,
      height: box.height,
    }));
}

/** How much of the chart's height a bottom-sheet panel covers (0 for a side panel). */
export function sheetCover(): number {
  const chart = document.querySelector('.chart-region')?.getBoundingClientRect();
  const panel = document.querySelector('.duties-panel')?.getBoundingClientRect();
  if (!chart || !panel || panel.left > chart.left + 1 || panel.top <= chart.top) return 0;
  return Math.max(0, chart.bottom - panel.top);
}
