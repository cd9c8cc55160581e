import { describe, expect, it } from 'vitest';
import { layoutTree, type LayoutMode, type LayoutTreeInput } from './layout-tree.ts';
import { nearestCard, type Card, type ScreenDirection } from './spatial.ts';

const leaf = (id: string): LayoutTreeInput => ({ id, children: [] });
const offices = Array.from({ length: 13 }, (_, i) => leaf(`o${i + 1}`));
const center: LayoutTreeInput = { id: 'root', children: offices };

function cardsOf(mode: LayoutMode, aspect = 1.6): Card[] {
  return layoutTree(center, {
    mode,
    aspect,
    sizeOf: (_id, depth) =>
      depth === 0 ? { width: 320, height: 104 } : { width: 248, height: 124 },
  }).nodes;
}

function walk(cards: Card[], start: string, keys: ScreenDirection[]): (string | null)[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  let at = byId.get(start)!;
  return keys.map((key) => {
    const next = nearestCard(cards, at, key);
    if (next) at = next;
    return next?.id ?? null;
  });
}

describe('nearestCard', () => {
  it('moves across rows and down columns in the compact layout', () => {
    // 4 columns at 16:10: o1–o4 in the first, then o5–o7, o8–o10, o11–o13.
    const cards = cardsOf('compact');
    expect(walk(cards, 'o1', ['right', 'right', 'right', 'right'])).toEqual([
      'o5',
      'o8',
      'o11',
      null,
    ]);
    expect(walk(cards, 'o1', ['down', 'down', 'down', 'up'])).toEqual(['o2', 'o3', 'o4', 'o3']);
    expect(walk(cards, 'o6', ['right', 'left', 'left'])).toEqual(['o9', 'o6', 'o2']);
    // From a short column's end, down goes to the nearest card lower on screen.
    expect(walk(cards, 'o7', ['down'])).toEqual(['o4']);
  });

  it('goes from the root down to the card nearest below it, and back up', () => {
    const cards = cardsOf('compact');
    const [down] = walk(cards, 'root', ['down']);
    const byId = new Map(cards.map((c) => [c.id, c]));
    const root = byId.get('root')!;
    const others = cards.filter((c) => c.id !== 'root' && c.y === byId.get(down!)!.y);
    const offset = (c: Card) => Math.abs(c.x + c.width / 2 - (root.x + root.width / 2));
    for (const other of others) expect(offset(byId.get(down!)!)).toBeLessThanOrEqual(offset(other));
    expect(walk(cards, down!, ['up'])).toEqual(['root']);
    expect(walk(cards, 'root', ['up'])).toEqual([null]);
    // Left and right of the root: the nearest first-row card whose centre lies beyond its side.
    expect(walk(cards, 'root', ['left'])).toEqual(['o1']);
    expect(walk(cards, 'root', ['right'])).toEqual(['o8']);
  });

  it('moves along the row in the top-down layout and up to the root from any card', () => {
    const cards = cardsOf('top-down');
    expect(walk(cards, 'o1', ['right', 'right', 'left'])).toEqual(['o2', 'o3', 'o2']);
    expect(walk(cards, 'o13', ['right', 'down', 'up'])).toEqual([null, null, 'root']);
    expect(walk(cards, 'o1', ['up'])).toEqual(['root']);
  });

  it('moves down the column in the left-right layout and left to the root', () => {
    const cards = cardsOf('left-right');
    expect(walk(cards, 'o1', ['down', 'down', 'up'])).toEqual(['o2', 'o3', 'o2']);
    expect(walk(cards, 'o1', ['left'])).toEqual(['root']);
    expect(walk(cards, 'o13', ['left'])).toEqual(['root']);
    expect(walk(cards, 'root', ['right'])).toEqual(['o7']);
  });

  it('returns null when nothing lies that way, or there are no other cards', () => {
    expect(nearestCard([], { x: 0, y: 0, width: 10, height: 10 }, 'down')).toBeNull();
    const only = { id: 'a', x: 0, y: 0, width: 10, height: 10 };
    expect(nearestCard([only], only, 'right')).toBeNull();
  });
});
