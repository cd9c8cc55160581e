/**
 * Fitting the prerendered chart with CSS alone, for a page whose boot script does not run
 * (JavaScript off, or the moments before it runs in a browser that does not hold the first paint
 * for it): container queries on the chart's region pick, per band of its width and height, the
 * view the app would open at the band's smallest size, kept centred as the region grows within
 * the band. The boot script fits the view exactly; these rules stop applying once it has run.
 */
import { CHART_ZOOM_LIMITS, noticeSize, type LayoutVariant } from '../../src/layout/first-view.ts';
import { overview } from '../../src/layout/fit.ts';

/** Lower bounds of the width and height bands, in CSS pixels of the chart's region. */
const WIDTHS = [0, 360, 480, 600, 720, 840, 960, 1080, 1200, 1400, 1600, 1900];
const HEIGHTS = [0, 420, 520, 620, 720, 820, 950, 1100];
/** Sizes below the first band are measured as if they were this small. */
const SMALLEST = { width: 320, height: 360 };

const round = (value: number) => Math.round(value * 100) / 100;

/** The container-query rules for one arrangement of the chart (the one the HTML is laid out in). */
export function noScriptFitCss(variant: LayoutVariant, rootId: string): string {
  const cards = variant.cards.map(([, x, y, width, height]) => ({ x, y, width, height }));
  const rootCard = variant.cards.find(([id]) => id === rootId);
  const root = rootCard && {
    x: rootCard[1],
    y: rootCard[2],
    width: rootCard[3],
    height: rootCard[4],
  };
  const rules: string[] = [
    // Controls that need a script are left out of a page without one.
    'html:not([data-booted]) .chart-region .react-flow__controls{display:none}',
  ];
  for (const minWidth of WIDTHS) {
    for (const minHeight of HEIGHTS) {
      const width = Math.max(minWidth, SMALLEST.width);
      const height = Math.max(minHeight, SMALLEST.height);
      const { viewport } = overview({
        bounds: variant.bounds,
        cards,
        root,
        screen: { width, height },
        obstructions: [],
        notice: noticeSize(width),
        limits: CHART_ZOOM_LIMITS,
        wholeChart: false,
      });
      // Offsets from the region's centre (the zoom rounded up, never below the legible zoom), so the view stays centred as the region grows.
      const dx = round(width / 2 - viewport.x);
      const dy = round(height / 2 - viewport.y);
      const chartHeight = variant.bounds.height * viewport.zoom;
      const y = chartHeight > height ? `${round(viewport.y)}px` : `calc(50cqh - ${dy}px)`;
      const query = `(min-width:${minWidth}px) and (min-height:${minHeight}px)`;
      rules.push(
        `@container chart ${query}{html:not([data-booted]) .chart-region .react-flow__viewport{` +
          `transform:translate(calc(50cqw - ${dx}px),${y}) scale(${Math.ceil(viewport.zoom * 10_000) / 10_000}) !important}}`,
      );
    }
  }
  return rules.join('\n');
}
