/**
 * The chart for the print view, as inline SVG markup built synchronously. An `<img>` would decode
 * asynchronously and miss the browser's print snapshot; inline markup is laid out at once. A
 * poster prints the picture in parts, one per page, each its own vector SVG.
 */
import { CARD_METRICS } from '../layout/card-metrics.ts';
import type { ExportContext } from './formats.ts';
import type { ExportPlan } from './geometry.ts';
import {
  planPoster,
  posterGridSvg,
  tileCaption,
  withoutBlankPages,
  type PosterPlan,
} from './poster.ts';
import { buildPicture } from './run-export.ts';
import { buildChartSvg, type ChartPicture } from './svg-chart.ts';

/** How the chart prints: the whole chart on one page, or a poster of as many as it needs. */
export type PrintLayout = 'fit' | 'poster';

export interface PosterPage {
  /** Where the page sits, e.g. "B3 of 4×3". */
  caption: string;
  svg: string;
  /** The picture's size on paper, in millimetres. */
  width: number;
  height: number;
}

export interface PrintPicture {
  /** The whole chart (for a poster, with the grid of its pages drawn over it). */
  overview: string;
  /** For a poster: its plan and one page per tile. */
  poster: { plan: PosterPlan; pages: PosterPage[] } | null;
}

const stripProlog = (svg: string) => svg.replace(/^<\?xml[^>]*\?>\s*/, '');

/** The chart's SVG, light themed, ready to be set as an element's markup (no XML prolog). */
export function printChartSvg(context: Pick<ExportContext, 'view' | 'match'>, now: Date): string {
  const { svg } = buildPicture({ ...context, theme: 'light' }, 1, now);
  return stripProlog(svg);
}

/**
 * The poster of a picture: legible pages over the whole of it, less those that would print
 * blank. The Export menu says what this gives before printing.
 */
export function planPrintPoster(picture: ChartPicture, plan: ExportPlan): PosterPlan {
  const { viewport } = plan;
  const cards = picture.layout.nodes.map((n) => ({
    x: n.x + viewport.x,
    y: n.y + viewport.y,
    width: n.width,
    height: n.height,
  }));
  return withoutBlankPages(
    planPoster({
      picture: { width: plan.width, height: plan.height },
      namePx: CARD_METRICS.name.size,
    }),
    [plan.headerArea, ...cards],
  );
}

/** What the print view draws for the chart in the chosen layout. */
export function printPicture(
  context: Pick<ExportContext, 'view' | 'match'>,
  now: Date,
  layout: PrintLayout,
): PrintPicture {
  const drawn = buildPicture({ ...context, theme: 'light' }, 1, now);
  if (layout === 'fit') return { overview: stripProlog(drawn.svg), poster: null };
  const plan = planPrintPoster(drawn.picture, drawn.plan);
  // The grid's lines stay about half a millimetre wide on the overview page.
  const strokePx = 0.5 / plan.overview.mmPerPx;
  const grid = posterGridSvg(plan, drawn.picture.palette.selected, strokePx);
  const overview = stripProlog(drawn.svg).replace(/<\/svg>\s*$/, `${grid}</svg>`);
  const pages = plan.tiles.map((tile) => ({
    caption: tileCaption(plan, tile),
    svg: stripProlog(buildChartSvg(drawn.picture, drawn.plan, drawn.measure, tile.view)),
    width: tile.view.width * plan.mmPerPx,
    height: tile.view.height * plan.mmPerPx,
  }));
  return { overview, poster: { plan, pages } };
}
