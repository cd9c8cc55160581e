import type { Rect } from './layout-tree.ts';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Below this zoom, card text is too small to read comfortably. */
export const READABLE_ZOOM = 0.75;

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
