import { describe, expect, it } from 'vitest';
import { layoutTree } from './layout-tree.ts';
import { roundedPath, toFlow } from './to-flow.ts';

describe('toFlow', () => {
  const layout = layoutTree(
    {
      id: 'root',
      children: [
        { id: 'a', children: [] },
        { id: 'b', children: [] },
      ],
    },
    { mode: 'top-down', sizeOf: () => ({ width: 100, height: 50 }) },
  );
  const flow = toFlow(
    layout,
    (id) => ({
      name: `Unit ${id}`,
      dutyCount: 2,
      isRoot: id === 'root',
      unitCount: 0,
      hidden: 0,
    }),
    'keyboard-help',
  );

  it('gives every node its size up front, a name from its card’s text, and no dragging', () => {
    expect(flow.nodes).toHaveLength(3);
    for (const node of flow.nodes) {
      expect(node.width).toBe(100);
      expect(node.height).toBe(50);
      // The card's own text names it, so its name changes with the filter as its text does.
      expect(node.ariaLabel).toBeUndefined();
      expect(node.domAttributes).toEqual({ 'aria-describedby': 'keyboard-help' });
      expect(node.ariaRole).toBe('button');
      expect(node.draggable).toBe(false);
    }
  });

  it('carries each routed edge', () => {
    expect(flow.edges.map((e) => [e.source, e.target])).toEqual([
      ['root', 'a'],
      ['root', 'b'],
    ]);
    expect(flow.edges[0]!.data!.points.length).toBeGreaterThanOrEqual(2);
  });
});

describe('roundedPath', () => {
  it('draws straight lines through two points', () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 0, y: 10 },
      ]),
    ).toBe('M 0 0 L 0 10');
  });

  it('rounds each corner, never by more than half a segment', () => {
    expect(
      roundedPath(
        [
          { x: 0, y: 0 },
          { x: 0, y: 4 },
          { x: 20, y: 4 },
        ],
        8,
      ),
    ).toBe('M 0 0 L 0 2 Q 0 4 2 4 L 20 4');
  });

  it('is empty for no points', () => {
    expect(roundedPath([])).toBe('');
  });
});
