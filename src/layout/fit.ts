import { CARD_METRICS } from './card-metrics.ts';
import type { Point, Rect, Size } from './layout-tree.ts';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Nothing on screen may be smaller than this at the zoom a view opens with (house style). */
export const MIN_NAME_PX = 11;
/**
 * The CSS font size of an office card's name, the smallest name on a card. It comes from the card
 * metrics, which also set the stylesheet's `--card-name-size`, so the two cannot drift.
 */
export const CARD_NAME_PX = CARD_METRICS.name.size;

/** Space left around the whole chart when it is fitted, as a share of its size. */
export const FIT_PADDING = 0.08;
/** Space kept between cards and the things that float over the chart (minimap, controls). */
const CLEARANCE = 8;
/** Room kept around the chart's edges in a view zoomed to read. */
const EDGE = 16;
/** A free area narrower or shorter than this is not worth fitting the chart into. */
const MIN_AREA = 120;

/** The lowest zoom at which names whose CSS size is `nameSize` are at least `MIN_NAME_PX`. */
export function legibleZoom(nameSize = CARD_NAME_PX): number {
  return MIN_NAME_PX / nameSize;
}

export interface ZoomLimits {
  minZoom: number;
  maxZoom: number;
}

export const clamp = (value: number, low: number, high: number) =>
  Math.min(high, Math.max(low, value));

/** The view that shows `bounds` whole and centred in `area` (screen pixels), with padding. */
export function fitInto(
  bounds: Rect,
  area: Rect,
  limits: ZoomLimits,
  padding = FIT_PADDING,
): Viewport {
  const width = Math.max(bounds.width, 1) * (1 + padding);
  const height = Math.max(bounds.height, 1) * (1 + padding);
  const zoom = clamp(
    Math.min(area.width / width, area.height / height),
    limits.minZoom,
    limits.maxZoom,
  );
  return {
    zoom,
    x: area.x + area.width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: area.y + area.height / 2 - (bounds.y + bounds.height / 2) * zoom,
  };
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const onScreen = (card: Rect, view: Viewport): Rect => ({
  x: card.x * view.zoom + view.x,
  y: card.y * view.zoom + view.y,
  width: card.width * view.zoom,
  height: card.height * view.zoom,
});

const grow = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  width: r.width + 2 * by,
  height: r.height + 2 * by,
});

/** The parts of `area` above, left of, right of and below `obstruction`. */
function beside(area: Rect, obstruction: Rect): Rect[] {
  const right = area.x + area.width;
  const bottom = area.y + area.height;
  const afterX = Math.max(area.x, obstruction.x + obstruction.width);
  const afterY = Math.max(area.y, obstruction.y + obstruction.height);
  return [
    { ...area, height: Math.min(bottom, obstruction.y) - area.y },
    { ...area, width: Math.min(right, obstruction.x) - area.x },
    { ...area, x: afterX, width: right - afterX },
    { ...area, y: afterY, height: bottom - afterY },
  ];
}

/**
 * Every way of keeping clear of the obstructions: for each one, the chart either stays on one
 * side of it or ignores it (and must then not put a card under it). A handful of obstructions
 * (minimap, controls, a bottom sheet, a notice) gives at most a few hundred candidates.
 */
function candidateAreas(screen: Rect, obstructions: readonly Rect[]) {
  let candidates: { area: Rect; ignored: Rect[] }[] = [{ area: screen, ignored: [] }];
  for (const obstruction of obstructions) {
    const next: typeof candidates = [];
    for (const candidate of candidates) {
      next.push({ area: candidate.area, ignored: [...candidate.ignored, obstruction] });
      for (const area of beside(candidate.area, obstruction)) {
        if (area.width >= MIN_AREA && area.height >= MIN_AREA) {
          next.push({ area, ignored: candidate.ignored });
        }
      }
    }
    candidates = next;
  }
  return candidates;
}

/**
 * The largest view of the whole chart that puts no card under an obstruction. When none does
 * (a screen too small), the plain fit of the whole screen.
 */
export function fitWholeChart(
  bounds: Rect,
  cards: readonly Rect[],
  screen: Rect,
  obstructions: readonly Rect[],
  limits: ZoomLimits,
): Viewport {
  const clear = obstructions.map((o) => grow(o, CLEARANCE));
  let best: Viewport | null = null;
  for (const { area, ignored } of candidateAreas(screen, clear)) {
    const view = fitInto(bounds, area, limits);
    if (best && view.zoom <= best.zoom + 1e-9) continue;
    if (ignored.some((o) => cards.some((card) => overlaps(onScreen(card, view), o)))) continue;
    best = view;
  }
  return best ?? fitInto(bounds, screen, limits);
}

/** The largest area clear of every obstruction (the whole screen when there are none). */
export function largestClearArea(screen: Rect, obstructions: readonly Rect[]): Rect {
  let best = screen;
  let bestSize = -1;
  for (const { area, ignored } of candidateAreas(screen, obstructions)) {
    if (ignored.length > 0) continue;
    const size = area.width * area.height;
    if (size > bestSize) {
      best = area;
      bestSize = size;
    }
  }
  return best;
}

/**
 * A view at `zoom` that starts from `anchor` (the root's card): along each axis the chart is
 * centred when it fits the area, otherwise the anchor is centred and the view is held so that
 * no more than a small margin of empty canvas shows beyond the chart's edge.
 */
export function anchoredView(bounds: Rect, anchor: Rect, area: Rect, zoom: number): Viewport {
  const axis = (
    start: number,
    size: number,
    areaStart: number,
    areaSize: number,
    a: number,
    aSize: number,
  ) => {
    if (size * zoom <= areaSize - 2 * EDGE) {
      return areaStart + areaSize / 2 - (start + size / 2) * zoom;
    }
    const centred = areaStart + areaSize / 2 - (a + aSize / 2) * zoom;
    // Chart's start at most EDGE inside the area; its end at least EDGE inside the area's end.
    const highest = areaStart + EDGE - start * zoom;
    const lowest = areaStart + areaSize - EDGE - (start + size) * zoom;
    return clamp(centred, lowest, highest);
  };
  return {
    zoom,
    x: axis(bounds.x, bounds.width, area.x, area.width, anchor.x, anchor.width),
    y: axis(bounds.y, bounds.height, area.y, area.height, anchor.y, anchor.height),
  };
}

/** What the chart's first view and its overview show. */
export interface Overview {
  viewport: Viewport;
  /**
   * Where the "Zoomed to read" notice goes (its top-left corner, in pixels from the chart's),
   * when the whole chart would be too small to read and the view is zoomed to read from the
   * root; null when the whole chart is shown.
   */
  notice: Point | null;
}

export interface OverviewInput {
  bounds: Rect;
  cards: readonly Rect[];
  /** The root's card, where a view zoomed to read starts. */
  root: Rect | undefined;
  screen: Size;
  /** Things floating over the chart, in screen pixels relative to the chart. */
  obstructions: readonly Rect[];
  /** The size of the notice shown when the view is zoomed to read. */
  notice: Size;
  limits: ZoomLimits;
  /** Show the whole chart even when it is too small to read (the user asked for it). */
  wholeChart: boolean;
  nameSize?: number;
}

/** Space between the notice and the chart's edge. */
const NOTICE_MARGIN = 12;

/**
 * The overview: the whole chart, when it can be shown legibly (or the user asked for it);
 * otherwise the chart at the smallest legible zoom, starting from the root, clear of the minimap
 * and controls, with the notice that says so where it covers no card (bottom centre, top
 * centre or a top corner; at the bottom, in a strip the view keeps free, if all are taken).
 */
export function overview(input: OverviewInput): Overview {
  const screen = { x: 0, y: 0, ...input.screen };
  const whole = fitWholeChart(input.bounds, input.cards, screen, input.obstructions, input.limits);
  const legible = legibleZoom(input.nameSize);
  if (input.wholeChart || whole.zoom >= legible - 1e-9 || !input.root) {
    return { viewport: whole, notice: null };
  }
  const { width, height } = input.notice;
  const clear = input.obstructions.map((o) => grow(o, CLEARANCE));
  const zoom = clamp(legible, input.limits.minZoom, input.limits.maxZoom);
  const stripHeight = height + 2 * NOTICE_MARGIN;
  /** The view zoomed to read, keeping a strip free for the notice at the top or the bottom. */
  const viewKeeping = (stripY: number) => {
    const strip = { x: 0, y: stripY, width: screen.width, height: stripHeight };
    const area = largestClearArea(screen, [...clear, strip]);
    return anchoredView(input.bounds, input.root!, area, zoom);
  };
  // Bottom centre, left or right, or the same along the top, in the view that keeps the bottom
  // strip free; failing that, along the top in the view that keeps the top strip free (a chart
  // whose root is at its top then starts below the notice).
  const views = [viewKeeping(screen.height - stripHeight), viewKeeping(0)];
  const xs = [(screen.width - width) / 2, NOTICE_MARGIN, screen.width - width - NOTICE_MARGIN];
  const ys = [screen.height - height - NOTICE_MARGIN, NOTICE_MARGIN];
  for (const [i, viewport] of views.entries()) {
    for (const y of ys.slice(i)) {
      for (const x of xs) {
        const box = grow({ x, y, width, height }, CLEARANCE);
        const free =
          box.x >= 0 &&
          box.x + box.width <= screen.width &&
          !clear.some((o) => overlaps(box, o)) &&
          !input.cards.some((card) => overlaps(onScreen(card, viewport), box));
        if (free) return { viewport, notice: { x, y } };
      }
    }
  }
  return { viewport: views[0]!, notice: { x: xs[0]!, y: ys[0]! } };
}
