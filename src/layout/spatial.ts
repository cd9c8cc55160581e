import type { Rect } from './layout-tree.ts';

/** A direction on screen, as the arrow keys name them. */
export type ScreenDirection = 'up' | 'down' | 'left' | 'right';

export interface Card extends Rect {
  id: string;
}

/** How much a sideways offset counts against a card, compared with distance ahead. */
const SIDEWAYS_WEIGHT = 2;

/** The gap between two intervals (0 when they overlap). */
const gap = (aStart: number, aEnd: number, bStart: number, bEnd: number) =>
  Math.max(0, bStart - aEnd, aStart - bEnd);

/**
 * The card an arrow key reaches from `from`: the nearest card whose centre lies beyond the
 * edge of `from` in that direction, where distance ahead counts once and distance sideways
 * counts double, so a card straight ahead wins over a nearer one off to the side. Ties go to the
 * card nearer the line through `from`'s centre, then to the earlier card. Works on any layout's
 * boxes (the screen is the chart scaled and moved, so chart coordinates give the same answer).
 */
export function nearestCard(
  cards: readonly Card[],
  from: Rect,
  direction: ScreenDirection,
): Card | null {
  const vertical = direction === 'up' || direction === 'down';
  const forward = direction === 'down' || direction === 'right' ? 1 : -1;
  const centre = (r: Rect) =>
    vertical
      ? { along: r.y + r.height / 2, across: r.x + r.width / 2 }
      : { along: r.x + r.width / 2, across: r.y + r.height / 2 };
  const span = (r: Rect) =>
    vertical
      ? { start: r.y, end: r.y + r.height, crossStart: r.x, crossEnd: r.x + r.width }
      : { start: r.x, end: r.x + r.width, crossStart: r.y, crossEnd: r.y + r.height };
  const own = span(from);
  const ownCentre = centre(from);
  const edge = forward > 0 ? own.end : own.start;

  let best: Card | null = null;
  let bestScore = Infinity;
  let bestOffset = Infinity;
  for (const card of cards) {
    const c = centre(card);
    if ((c.along - edge) * forward <= 0) continue;
    const s = span(card);
    const ahead = forward > 0 ? Math.max(0, s.start - own.end) : Math.max(0, own.start - s.end);
    const sideways = gap(own.crossStart, own.crossEnd, s.crossStart, s.crossEnd);
    const score = ahead + SIDEWAYS_WEIGHT * sideways;
    const offset = Math.abs(c.across - ownCentre.across);
    if (
      score < bestScore - 1e-6 ||
      (Math.abs(score - bestScore) <= 1e-6 && offset < bestOffset - 1e-6)
    ) {
      best = card;
      bestScore = score;
      bestOffset = offset;
    }
  }
  return best;
}
