/**
 * The chart's first view, shared by the build (which prerenders it), the boot script (which fits
 * it to the real window before the first paint) and the app (which hydrates it): the layout the
 * window's shape picks and the view `decideView` opens with. All three compute it with this module
 * and `decideView`, so when React takes over, nothing on screen moves.
 */
import type { Rect, Size } from './layout-tree.ts';
import type { Viewport, ZoomLimits } from './fit.ts';
import { roundedPath } from './to-flow.ts';
import type { Chart } from './chart.ts';

/** The chart's zoom range (React Flow's minZoom / maxZoom). */
export const CHART_ZOOM_LIMITS: ZoomLimits = { minZoom: 0.05, maxZoom: 2.5 };

/** From this width the Outline opens beside the chart by itself (it mirrors styles.css). */
export const WIDE_SCREEN = '(min-width: 1100px)';
/** The Outline's width beside the chart (it mirrors styles.css). */
export const OUTLINE_WIDTH = 280;

/**
 * The shape of the space the chart is laid out for: the main area's width (less the Outline's,
 * when it is open) over its height, rounded so that small resizes do not lay the chart out again.
 * The chart's shape follows the screen, not the panel, so opening a panel never reflows it.
 */
export function chartAspect(main: Size, outlineOpen: boolean): number | undefined {
  if (main.height <= 0) return undefined;
  const width = main.width - (outlineOpen ? OUTLINE_WIDTH : 0);
  return Math.round((width / main.height) * 10) / 10;
}

/**
 * The "Zoomed to read" notice's size (chart-view.css): one line on a laptop, two on a phone.
 * The view is decided before the notice is drawn, so its size is known in advance.
 */
export const noticeSize = (chartWidth: number): Size =>
  chartWidth >= 480 ? { width: 330, height: 38 } : { width: 220, height: 58 };

/** The view the app opens with: the aspect it lays the chart out for and where the view is. */
export interface FirstView {
  aspect: number;
  viewport: Viewport;
}

/** One arrangement of the prerendered chart: every card's place and every edge's path. */
export interface LayoutVariant {
  bounds: Rect;
  /** `[id, x, y, width, height]` of each card. */
  cards: [string, number, number, number, number][];
  /** `[id, d]`: each edge's SVG path. */
  edges: [string, string][];
}

/**
 * The arrangements the prerendered organisation takes in the compact layout, by aspect: what the
 * build writes into the page for the boot script.
 */
export interface PrerenderedLayouts {
  rootId: string;
  /** The variant for aspect `i / 10`; aspects beyond the table take its last entry. */
  byAspect: number[];
  variants: LayoutVariant[];
  /** The variant the page's HTML was rendered with. */
  rendered: number;
}

/** Aspects the build lays the chart out for: 0.1 to 8, in the app's steps of 0.1. */
const MAX_ASPECT_STEP = 80;

const variantOf = (chart: Chart): LayoutVariant => ({
  bounds: chart.layout.bounds,
  cards: chart.layout.nodes.map((n) => [n.id, n.x, n.y, n.width, n.height]),
  edges: chart.layout.edges.map((e) => [e.id, roundedPath(e.points)]),
});

/**
 * Lays the chart out for every aspect the app can ask for and keeps each distinct arrangement
 * once. `chartFor` is the app's own `buildChart` for that aspect.
 */
export function prerenderedLayouts(
  rootId: string,
  chartFor: (aspect: number) => Chart,
  renderedAspect: number,
): PrerenderedLayouts {
  const variants: LayoutVariant[] = [];
  const keys: string[] = [];
  const byAspect: number[] = [];
  for (let step = 0; step <= MAX_ASPECT_STEP; step++) {
    const variant = variantOf(chartFor(Math.max(step, 1) / 10));
    const key = JSON.stringify(variant);
    let at = keys.indexOf(key);
    if (at < 0) {
      at = variants.length;
      variants.push(variant);
      keys.push(key);
    }
    byAspect.push(at);
  }
  return { rootId, byAspect, variants, rendered: variantFor(byAspect, renderedAspect) };
}

/** The variant for an aspect (the app's rounded aspect: a multiple of 0.1). */
export function variantFor(byAspect: readonly number[], aspect: number): number {
  const step = Math.min(Math.max(Math.round(aspect * 10), 1), byAspect.length - 1);
  return byAspect[step]!;
}
