import { describe, expect, it } from 'vitest';
import { CARD_NAME_PX, MIN_NAME_PX, type Viewport } from './fit.ts';
import { layoutTree, type LayoutMode, type LayoutTreeInput, type Rect } from './layout-tree.ts';
import {
  decideView,
  INITIAL_VIEW_STATE,
  needsReveal,
  READABLE_ZOOM,
  REVEAL_ZOOM,
  userMoved,
  wholeChartRequested,
  type ViewFrame,
  type ViewInput,
  type ViewState,
} from './viewport.ts';

const card = { x: 100, y: 100, width: 200, height: 100 };
const screen = { x: 0, y: 0, width: 800, height: 600 };

describe('needsReveal', () => {
  it('leaves a card in plain sight alone', () => {
    expect(needsReveal(card, { x: 0, y: 0, zoom: 1 }, screen)).toBe(false);
  });

  it('reveals a card that is off screen or cut by an edge', () => {
    expect(needsReveal(card, { x: -250, y: 0, zoom: 1 }, screen)).toBe(true);
    expect(needsReveal(card, { x: 0, y: 450, zoom: 1 }, screen)).toBe(true);
    expect(needsReveal(card, { x: 700, y: 0, zoom: 1 }, screen)).toBe(true);
  });

  it('reveals a card hidden under a bottom sheet', () => {
    const aboveSheet = { ...screen, height: 150 };
    expect(needsReveal(card, { x: 0, y: 0, zoom: 1 }, aboveSheet)).toBe(true);
  });

  it('reveals a card too small to read', () => {
    expect(needsReveal(card, { x: 0, y: 0, zoom: READABLE_ZOOM - 0.01 }, screen)).toBe(true);
    expect(needsReveal(card, { x: 0, y: 0, zoom: READABLE_ZOOM }, screen)).toBe(false);
  });
});

const leaf = (id: string): LayoutTreeInput => ({ id, children: [] });
const center: LayoutTreeInput = {
  id: 'root',
  children: Array.from({ length: 13 }, (_, i) => leaf(`o${i + 1}`)),
};
const layoutOf = (mode: LayoutMode) =>
  layoutTree(center, {
    mode,
    aspect: 1.6,
    sizeOf: (_id, depth) =>
      depth === 0 ? { width: 320, height: 104 } : { width: 248, height: 124 },
  });

const WIDE = { width: 1160, height: 720 };
/** The same chart with the side panel open. */
const NARROW = { width: 720, height: 720 };

/**
 * Plays a sequence of frames through `decideView` as the chart would, applying each decided
 * view, and returns the view and state after each step.
 */
function play(
  steps: {
    selectedId: string | null;
    size?: { width: number; height: number };
    mode?: LayoutMode;
    user?: Viewport;
    sheet?: number;
  }[],
) {
  let previous: ViewFrame | null = null;
  let state: ViewState = INITIAL_VIEW_STATE;
  let viewport: Viewport = { x: 0, y: 0, zoom: 1 };
  let size = WIDE;
  let mode: LayoutMode = 'compact';
  const results: { viewport: Viewport; state: ViewState; moved: boolean; input: ViewInput }[] = [];
  for (const step of steps) {
    if (step.user) {
      viewport = step.user;
      state = userMoved(state);
    }
    size = step.size ?? size;
    mode = step.mode ?? mode;
    const layout = layoutOf(mode);
    const current = { layoutKey: mode, selectedId: step.selectedId, ...size };
    const input: ViewInput = {
      previous,
      current,
      state,
      rootId: 'root',
      bounds: layout.bounds,
      cards: new Map(layout.nodes.map((n) => [n.id, n])),
      viewport,
      obstructions: [],
      sheet: step.sheet ?? 0,
      notice: { width: 320, height: 40 },
      limits: { minZoom: 0.05, maxZoom: 2.5 },
    };
    const decision = decideView(input);
    previous = current;
    state = decision.state;
    if (decision.viewport) viewport = decision.viewport;
    results.push({ viewport, state, moved: decision.viewport !== null, input });
  }
  return results;
}

const onScreen = (r: Rect, v: Viewport): Rect => ({
  x: r.x * v.zoom + v.x,
  y: r.y * v.zoom + v.y,
  width: r.width * v.zoom,
  height: r.height * v.zoom,
});
/** Whether every card of the step's layout is wholly on screen. */
function wholeChartShown(step: ReturnType<typeof play>[number]): boolean {
  const { width, height } = step.input.current;
  return [...step.input.cards.values()].every((c) => {
    const r = onScreen(c, step.viewport);
    return r.x >= 0 && r.y >= 0 && r.x + r.width <= width && r.y + r.height <= height;
  });
}

describe('decideView', () => {
  it('opens on the whole compact chart, legible, without animating', () => {
    const layout = layoutOf('compact');
    const decision = decideView({
      previous: null,
      current: { layoutKey: 'compact', selectedId: null, ...WIDE },
      state: INITIAL_VIEW_STATE,
      rootId: 'root',
      bounds: layout.bounds,
      cards: new Map(layout.nodes.map((n) => [n.id, n])),
      viewport: { x: 0, y: 0, zoom: 1 },
      obstructions: [],
      sheet: 0,
      notice: { width: 320, height: 40 },
      limits: { minZoom: 0.05, maxZoom: 2.5 },
    });
    expect(decision.animate).toBe(false);
    expect(decision.state).toEqual({ mode: 'overview', wholeChart: false, notice: null });
    expect(decision.viewport!.zoom * CARD_NAME_PX).toBeGreaterThanOrEqual(MIN_NAME_PX);
  });

  it('leaves a card selected in plain sight where it is', () => {
    const [, selected] = play([{ selectedId: null }, { selectedId: 'o1' }]);
    expect(selected!.moved).toBe(false);
    expect(selected!.state.mode).toBe('overview');
  });

  it('stays put when the panel opens beside a card still in plain sight', () => {
    // o1 is the first column's first card: still wholly in view once the chart narrows.
    const steps = play([
      { selectedId: null },
      { selectedId: 'o1' },
      { selectedId: 'o1', size: NARROW },
      { selectedId: null, size: WIDE },
    ]);
    expect(steps[2]!.moved).toBe(false);
    expect(steps[3]!.viewport).toEqual(steps[0]!.viewport);
  });

  it('returns to the whole chart after any sequence of selections while the panel is open', () => {
    // Select o9 (the panel opens and narrows the chart), then o12, then close the panel.
    const steps = play([
      { selectedId: null },
      { selectedId: 'o9' },
      { selectedId: 'o9', size: NARROW },
      { selectedId: 'o12' },
      { selectedId: null },
      { selectedId: null, size: WIDE },
    ]);
    expect(steps[2]!.state.mode).toBe('revealed');
    expect(steps[3]!.state.mode).toBe('revealed');
    const closed = steps.at(-1)!;
    expect(closed.state.mode).toBe('overview');
    expect(wholeChartShown(closed)).toBe(true);
    expect(closed.viewport).toEqual(steps[0]!.viewport);
  });

  it('returns to the whole chart after visiting the root on the way', () => {
    const steps = play([
      { selectedId: null },
      { selectedId: 'o13', size: NARROW },
      { selectedId: 'root' },
      { selectedId: 'o4' },
      { selectedId: null, size: WIDE },
    ]);
    expect(steps[2]!.state.mode).toBe('overview');
    expect(steps.at(-1)!.state.mode).toBe('overview');
    expect(wholeChartShown(steps.at(-1)!)).toBe(true);
  });

  it('brings an off-screen card into view at a readable zoom, centred above a bottom sheet', () => {
    const away = { x: 5000, y: 5000, zoom: 0.5 };
    const [, , revealed] = play([
      { selectedId: null },
      { selectedId: null, user: away },
      { selectedId: 'o5', sheet: 300 },
    ]);
    expect(revealed!.moved).toBe(true);
    expect(revealed!.viewport.zoom).toBe(REVEAL_ZOOM);
    const box = onScreen(revealed!.input.cards.get('o5')!, revealed!.viewport);
    expect(box.x + box.width / 2).toBeCloseTo(WIDE.width / 2, 5);
    expect(box.y + box.height / 2).toBeCloseTo((WIDE.height - 300) / 2, 5);
    // The user had moved the view, so it stays theirs: closing the panel leaves it.
    expect(revealed!.state.mode).toBe('user');
  });

  it('leaves a view the user chose alone on resizes and on closing the panel', () => {
    const mine = { x: 40, y: 30, zoom: 1.2 };
    const steps = play([
      { selectedId: null },
      { selectedId: 'o1' },
      { selectedId: 'o1', user: mine },
      { selectedId: 'o1', size: NARROW },
      { selectedId: null, size: WIDE },
    ]);
    for (const step of steps.slice(2)) {
      expect(step.moved).toBe(false);
      expect(step.viewport).toEqual(mine);
    }
  });

  it('opens a new layout on its own overview and shows the selected card in it', () => {
    const steps = play([
      { selectedId: 'o7', size: NARROW },
      { selectedId: 'o7', mode: 'top-down' },
    ]);
    const switched = steps[1]!;
    expect(switched.moved).toBe(true);
    const box = onScreen(switched.input.cards.get('o7')!, switched.viewport);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(NARROW.width);
    expect(switched.viewport.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it('zooms a layout too big to read to a legible view, until the user asks for everything', () => {
    const [opened] = play([{ selectedId: null, mode: 'top-down' }]);
    expect(opened!.state.notice).not.toBeNull();
    expect(opened!.viewport.zoom * CARD_NAME_PX).toBeGreaterThanOrEqual(MIN_NAME_PX - 1e-9);

    const layout = layoutOf('top-down');
    const asked = wholeChartRequested(opened!.state);
    const input = {
      ...opened!.input,
      previous: opened!.input.current,
      current: { ...opened!.input.current, width: 1000 },
      state: asked,
    };
    const resized = decideView(input);
    expect(resized.state).toEqual({ mode: 'overview', wholeChart: true, notice: null });
    expect(resized.animate).toBe(false);
    const shown = {
      ...opened!,
      viewport: resized.viewport!,
      input: { ...input, cards: new Map(layout.nodes.map((n) => [n.id, n])) },
    };
    expect(wholeChartShown(shown)).toBe(true);

    // A new layout starts legible again.
    const next = decideView({
      ...input,
      previous: input.current,
      current: { ...input.current, layoutKey: 'left-right' },
      state: resized.state,
    });
    expect(next.state.wholeChart).toBe(false);
  });
});
