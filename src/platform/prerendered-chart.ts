/**
 * Fitting the prerendered chart to the real window before the first paint (the boot script runs
 * this). It decides the view exactly as the app will once it runs, with the same functions and
 * the same measurements, and moves the HTML there, so hydrating the page moves nothing.
 */
import {
  chartAspect,
  CHART_ZOOM_LIMITS,
  noticeSize,
  variantFor,
  type FirstView,
  type LayoutVariant,
  type PrerenderedLayouts,
} from '../layout/first-view.ts';
import type { Rect } from '../layout/layout-tree.ts';
import { decideView, INITIAL_VIEW_STATE, type Viewport } from '../layout/viewport.ts';
import { obstructionsIn } from './chart-frame.ts';

/** How React Flow writes a node's place and the view's transform (the same strings it renders). */
export const nodeTransform = (x: number, y: number) => `translate(${x}px,${y}px)`;
export const viewportTransform = ({ x, y, zoom }: Viewport) =>
  `translate(${x}px,${y}px) scale(${zoom})`;

const byDataId = (id: string) => `[data-id="${CSS.escape(id)}"]`;

/** Moves the prerendered cards and edges to another arrangement of the same chart. */
export function applyVariant(chart: ParentNode, variant: LayoutVariant) {
  for (const [id, x, y] of variant.cards) {
    const node = chart.querySelector<HTMLElement>(`.react-flow__node${byDataId(id)}`);
    node?.style.setProperty('transform', nodeTransform(x, y));
  }
  for (const [id, d] of variant.edges) {
    chart
      .querySelector(`.react-flow__edge${byDataId(id)} .react-flow__edge-path`)
      ?.setAttribute('d', d);
  }
}

/** The cards of an arrangement by id, as the app's view decisions read them. */
export function cardsOf(variant: LayoutVariant): Map<string, Rect> {
  return new Map(variant.cards.map(([id, x, y, width, height]) => [id, { x, y, width, height }]));
}

/**
 * Lays the prerendered chart out for the window's shape and opens the view the app would open.
 * Returns what it chose, for the app to hydrate with; null when the page has no chart to fit.
 */
export function fitPrerenderedChart(
  doc: Document,
  layouts: PrerenderedLayouts,
  outlineOpen: boolean,
): FirstView | null {
  // The app lays the chart out for the space under the filter bar (see App).
  const body = doc.querySelector<HTMLElement>('.app-body');
  const chart = doc.querySelector<HTMLElement>('.org-chart');
  const pane = chart?.querySelector<HTMLElement>('.react-flow');
  const viewportElement = pane?.querySelector<HTMLElement>('.react-flow__viewport');
  if (!body || !chart || !pane || !viewportElement) return null;
  const box = body.getBoundingClientRect();
  const aspect = chartAspect(box, outlineOpen);
  if (aspect === undefined) return null;
  const index = variantFor(layouts.byAspect, aspect);
  const variant = layouts.variants[index];
  if (!variant) return null;
  if (index !== layouts.rendered) applyVariant(chart, variant);
  // React Flow measures its pane with offsetWidth / offsetHeight.
  const width = pane.offsetWidth;
  const height = pane.offsetHeight;
  const decision = decideView({
    previous: null,
    current: { layoutKey: '', selectedId: null, width, height },
    state: INITIAL_VIEW_STATE,
    rootId: layouts.rootId,
    bounds: variant.bounds,
    cards: cardsOf(variant),
    viewport: { x: 0, y: 0, zoom: 1 },
    obstructions: obstructionsIn(chart),
    sheet: 0,
    notice: noticeSize(width),
    limits: CHART_ZOOM_LIMITS,
  });
  if (!decision.viewport) return null;
  viewportElement.style.setProperty('transform', viewportTransform(decision.viewport));
  return { aspect, viewport: decision.viewport };
}
