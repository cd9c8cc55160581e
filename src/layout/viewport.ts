import { clamp, overview, type Viewport, type ZoomLimits } from './fit.ts';
import type { Point, Rect, Size } from './layout-tree.ts';

export type { Viewport } from './fit.ts';

/** Below this zoom, card text is too small to read comfortably; a revealed card is shown larger. */
export const READABLE_ZOOM = 0.75;
/** The zoom a revealed card is shown at, at least. */
export const REVEAL_ZOOM = 0.9;

/**
 * Whether a selected card must be brought into view: when it is not wholly inside the visible
 * area (with a margin), or shown too small to read. A card already in plain sight stays put, so
 * the chart never jumps under the pointer that just clicked it.
 */
export function needsReveal(card: Rect, viewport: Viewport, visible: Rect, margin = 16): boolean {
  if (viewport.zoom < READABLE_ZOOM) return true;
  const left = card.x * viewport.zoom + viewport.x;
  const top = card.y * viewport.zoom + viewport.y;
  const right = left + card.width * viewport.zoom;
  const bottom = top + card.height * viewport.zoom;
  return (
    left < visible.x + margin ||
    top < visible.y + margin ||
    right > visible.x + visible.width - margin ||
    bottom > visible.y + visible.height - margin
  );
}

/**
 * Who chose the current view: our overview (the whole chart, or zoomed to read from the root),
 * our reveal of a selected card (both follow resizes, and closing the panel after a reveal
 * returns to the overview), or the user's own panning and zooming, which we leave alone.
 */
export type ViewMode = 'overview' | 'revealed' | 'user';

/** What the chart remembers between view decisions. */
export interface ViewState {
  mode: ViewMode;
  /** The user asked to see the whole chart, however small (until the layout changes). */
  wholeChart: boolean;
  /**
   * Where the "Zoomed to read" notice goes while the overview on screen is zoomed to read rather
   * than showing everything (see `Overview`); null otherwise.
   */
  notice: Point | null;
}

export const INITIAL_VIEW_STATE: ViewState = {
  mode: 'overview',
  wholeChart: false,
  notice: null,
};

/** What the view was decided for: the layout, the selection and the chart's size. */
export interface ViewFrame {
  /** Changes when the arrangement changes (mode, shape, units shown), not on a resize. */
  layoutKey: string;
  selectedId: string | null;
  width: number;
  height: number;
}

export interface ViewInput {
  /** The frame of the last decision; null for the chart's first view. */
  previous: ViewFrame | null;
  current: ViewFrame;
  state: ViewState;
  rootId: string;
  bounds: Rect;
  /** Every card's box in chart coordinates. */
  cards: ReadonlyMap<string, Rect>;
  /** The view on screen now. */
  viewport: Viewport;
  /** Things floating over the chart (minimap, controls), in pixels relative to the chart. */
  obstructions: readonly Rect[];
  /** Height of the chart covered at the bottom by a bottom-sheet panel (0 for a side panel). */
  sheet: number;
  /** The size of the "Zoomed to read" notice. */
  notice: Size;
  limits: ZoomLimits;
  nameSize?: number;
}

export interface ViewDecision {
  /** The view to move to, or null to leave the view as it is. */
  viewport: Viewport | null;
  state: ViewState;
  /** Whether moving there may be animated (never for the first view or a resize). */
  animate: boolean;
}

/**
 * Decides where the chart's view goes after the layout, the selection or the chart's size
 * changed:
 * - the first view and a new layout show the overview (and reveal a selected card);
 * - while the user has not panned or zoomed, a resize (the panel opening, a rotated phone)
 *   shows the overview again, and so does closing the panel after a reveal;
 * - a newly selected card is brought into view at a readable zoom, unless it already is, so the
 *   chart does not jump under the pointer that clicked it; selecting the root shows the overview.
 */
export function decideView(input: ViewInput): ViewDecision {
  const { previous, current, rootId } = input;
  const firstView = previous === null;
  const layoutChanged = !firstView && previous.layoutKey !== current.layoutKey;
  const resized =
    !firstView && (previous.width !== current.width || previous.height !== current.height);
  const selectionChanged = !firstView && previous.selectedId !== current.selectedId;
  const { selectedId } = current;
  const wasUser = input.state.mode === 'user';
  let state: ViewState = layoutChanged ? { ...input.state, wholeChart: false } : input.state;
  const visibleHeight = current.height - input.sheet;
  const visible = { x: 0, y: 0, width: current.width, height: visibleHeight };
  const selectedCard = selectedId === null ? undefined : input.cards.get(selectedId);
  // The panel opening beside a card the user just picked: if the card is still in plain sight,
  // the chart stays put under their pointer.
  const keepOnResize =
    resized &&
    !selectionChanged &&
    !layoutChanged &&
    selectedId !== rootId &&
    selectedCard !== undefined &&
    !needsReveal(selectedCard, input.viewport, visible);

  const showOverview =
    firstView ||
    layoutChanged ||
    (resized && !wasUser && !keepOnResize) ||
    (selectionChanged && selectedId === rootId) ||
    (selectionChanged && selectedId === null && input.state.mode === 'revealed');
  let target: Viewport | null = null;
  if (showOverview) {
    const shown = overview({
      bounds: input.bounds,
      cards: [...input.cards.values()],
      root: input.cards.get(rootId),
      screen: { width: current.width, height: current.height },
      obstructions: input.obstructions,
      notice: input.notice,
      limits: input.limits,
      wholeChart: state.wholeChart,
      nameSize: input.nameSize,
    });
    target = shown.viewport;
    state = { ...state, mode: 'overview', notice: shown.notice };
  }

  const revealCandidate =
    selectedId !== rootId &&
    !keepOnResize &&
    (firstView || layoutChanged || selectionChanged || (resized && !wasUser));
  const card = revealCandidate ? selectedCard : undefined;
  if (card) {
    const from = target ?? input.viewport;
    if (needsReveal(card, from, visible)) {
      const zoom = clamp(
        Math.max(from.zoom, REVEAL_ZOOM),
        input.limits.minZoom,
        input.limits.maxZoom,
      );
      target = {
        zoom,
        x: current.width / 2 - (card.x + card.width / 2) * zoom,
        y: visibleHeight / 2 - (card.y + card.height / 2) * zoom,
      };
      // A view the user chose stays theirs; otherwise closing the panel brings the overview back.
      if (!wasUser || showOverview) state = { ...state, mode: 'revealed' };
    }
  }
  return { viewport: target, state, animate: !firstView && !resized };
}

/** The state after the user panned or zoomed the chart themselves. */
export function userMoved(state: ViewState): ViewState {
  return state.mode === 'user' ? state : { ...state, mode: 'user' };
}

/** The state after the user asked to see the whole chart ("Fit to see everything"). */
export function wholeChartRequested(state: ViewState): ViewState {
  return { ...state, mode: 'overview', wholeChart: true, notice: null };
}
