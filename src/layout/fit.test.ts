import { describe, expect, it } from 'vitest';
import {
  anchoredView,
  CARD_NAME_PX,
  fitInto,
  fitWholeChart,
  legibleZoom,
  MIN_NAME_PX,
  overview,
  type Viewport,
} from './fit.ts';
import { layoutTree, type LayoutMode, type LayoutTreeInput, type Rect } from './layout-tree.ts';

const limits = { minZoom: 0.05, maxZoom: 2.5 };
const leaf = (id: string): LayoutTreeInput => ({ id, children: [] });
const center: LayoutTreeInput = {
  id: 'root',
  children: Array.from({ length: 13 }, (_, i) => leaf(`o${i + 1}`)),
};
const layoutOf = (mode: LayoutMode, aspect = 1.6) =>
  layoutTree(center, {
    mode,
    aspect,
    sizeOf: (_id, depth) =>
      depth === 0 ? { width: 320, height: 104 } : { width: 248, height: 124 },
  });
const onScreen = (r: Rect, v: Viewport): Rect => ({
  x: r.x * v.zoom + v.x,
  y: r.y * v.zoom + v.y,
  width: r.width * v.zoom,
  height: r.height * v.zoom,
});
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (r: Rect, area: Rect) =>
  r.x >= area.x - 0.01 &&
  r.y >= area.y - 0.01 &&
  r.x + r.width <= area.x + area.width + 0.01 &&
  r.y + r.height <= area.y + area.height + 0.01;

/** The chart area at 1440×900 with the Outline open and a filter on, its minimap and controls. */
const desk = { width: 1160, height: 680 };
const deskMinimap = { x: desk.width - 175, y: 15, width: 160, height: 120 };
/** A minimap in the bottom-right corner, where the compact layout has its last card. */
const cornerMinimap = { x: desk.width - 215, y: desk.height - 165, width: 200, height: 150 };
const deskControls = { x: 15, y: desk.height - 115, width: 34, height: 100 };
const phone = { width: 390, height: 600 };
const phoneControls = { x: 15, y: phone.height - 115, width: 34, height: 100 };

describe('fitInto', () => {
  it('centres the bounds in the area at the largest zoom that fits, with padding', () => {
    const bounds = { x: -100, y: 0, width: 200, height: 100 };
    const view = fitInto(bounds, { x: 50, y: 0, width: 432, height: 432 }, limits, 0.08);
    expect(view.zoom).toBeCloseTo(2, 5);
    const shown = onScreen(bounds, view);
    expect(shown.x + shown.width / 2).toBeCloseTo(266, 5);
    expect(shown.y + shown.height / 2).toBeCloseTo(216, 5);
  });

  it('keeps to the zoom limits', () => {
    const tiny = { x: 0, y: 0, width: 1, height: 1 };
    expect(fitInto(tiny, { x: 0, y: 0, width: 800, height: 600 }, limits).zoom).toBe(2.5);
  });
});

describe('fitWholeChart', () => {
  it('keeps every card clear of the minimap and the controls', () => {
    const layout = layoutOf('compact', 1.6);
    const obstructions = [cornerMinimap, deskControls];
    const view = fitWholeChart(
      layout.bounds,
      layout.nodes,
      { x: 0, y: 0, ...desk },
      obstructions,
      limits,
    );
    for (const card of layout.nodes) {
      const shown = onScreen(card, view);
      expect(inside(shown, { x: 0, y: 0, ...desk })).toBe(true);
      for (const o of obstructions) expect(overlaps(shown, o)).toBe(false);
    }
    // The plain fit would put the last column's bottom card under the minimap.
    const plain = fitInto(layout.bounds, { x: 0, y: 0, ...desk }, limits);
    expect(layout.nodes.some((card) => overlaps(onScreen(card, plain), cornerMinimap))).toBe(true);
  });

  it('uses the whole screen when the obstructions cover no card', () => {
    const layout = layoutOf('compact', 1.6);
    const far = { x: desk.width - 10, y: 0, width: 10, height: 10 };
    const view = fitWholeChart(layout.bounds, layout.nodes, { x: 0, y: 0, ...desk }, [far], limits);
    expect(view).toEqual(fitInto(layout.bounds, { x: 0, y: 0, ...desk }, limits));
  });
});

describe('anchoredView', () => {
  it('centres an axis that fits and starts a longer one at the anchor, without empty canvas', () => {
    const bounds = { x: -1000, y: 0, width: 2000, height: 200 };
    const anchor = { x: -900, y: 0, width: 100, height: 50 };
    const area = { x: 0, y: 0, width: 500, height: 500 };
    const view = anchoredView(bounds, anchor, area, 1);
    expect(view.y).toBeCloseTo(150, 5); // 200 tall in 500: centred
    // Centring the anchor would show 650 px of empty canvas to its left: held at the edge.
    expect(onScreen(bounds, view).x).toBeCloseTo(16, 5);
  });
});

describe('overview', () => {
  const input = (
    mode: LayoutMode,
    screen: { width: number; height: number },
    obstructions: Rect[],
  ) => {
    const layout = layoutOf(mode, screen.width / screen.height);
    return {
      bounds: layout.bounds,
      cards: layout.nodes,
      root: layout.nodes.find((n) => n.id === 'root'),
      screen,
      obstructions,
      notice: screen.width < 480 ? { width: 220, height: 58 } : { width: 330, height: 38 },
      limits,
      wholeChart: false,
    };
  };

  it('fits the whole compact Center on a laptop, legible and clear of the minimap', () => {
    const given = input('compact', desk, [deskMinimap, deskControls]);
    const shown = overview(given);
    expect(shown.notice).toBeNull();
    expect(shown.viewport.zoom * CARD_NAME_PX).toBeGreaterThanOrEqual(MIN_NAME_PX);
    expect(shown.viewport).toEqual(fitInto(given.bounds, { x: 0, y: 0, ...desk }, limits));
    for (const card of given.cards) {
      const on = onScreen(card, shown.viewport);
      expect(overlaps(on, deskMinimap) || overlaps(on, deskControls)).toBe(false);
    }
  });

  for (const [mode, screen, obstructions] of [
    ['top-down', desk, [deskMinimap, deskControls]],
    ['left-right', desk, [deskMinimap, deskControls]],
    ['compact', phone, [phoneControls]],
    ['top-down', phone, [phoneControls]],
    ['left-right', phone, [phoneControls]],
  ] as const) {
    it(`opens ${mode} at ${screen.width}×${screen.height} legible, from the root`, () => {
      const given = input(mode, screen, [...obstructions]);
      const shown = overview(given);
      expect(shown.notice).not.toBeNull();
      expect(shown.viewport.zoom).toBeCloseTo(legibleZoom(), 5);
      expect(shown.viewport.zoom * CARD_NAME_PX).toBeGreaterThanOrEqual(MIN_NAME_PX - 1e-9);
      // The root is wholly in view, above the notice strip and clear of the controls.
      const root = onScreen(given.root!, shown.viewport);
      expect(inside(root, { x: 0, y: 0, ...screen })).toBe(true);
      for (const o of obstructions) expect(overlaps(root, o)).toBe(false);
      // The notice covers no card and keeps off the minimap and controls.
      const notice = { ...shown.notice!, ...given.notice };
      expect(inside(notice, { x: 0, y: 0, ...screen })).toBe(true);
      for (const o of obstructions) expect(overlaps(notice, o)).toBe(false);
      if (screen === desk) {
        for (const c of given.cards)
          expect(overlaps(onScreen(c, shown.viewport), notice)).toBe(false);
      }
    });
  }

  it('shows the whole chart, however small, once the user asks for it', () => {
    const shown = overview({ ...input('top-down', desk, []), wholeChart: true });
    expect(shown.notice).toBeNull();
    expect(shown.viewport.zoom * CARD_NAME_PX).toBeLessThan(MIN_NAME_PX);
  });
});
