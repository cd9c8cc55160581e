import { describe, expect, it } from 'vitest';
import {
  cellOf,
  LAYOUT_MODES,
  layoutTree,
  type LayoutTreeInput,
  type PlacedNode,
  type Rect,
} from './layout-tree.ts';

const leaves = (prefix: string, n: number): LayoutTreeInput[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, children: [] }));

/** The Center and its thirteen offices. */
const center: LayoutTreeInput = { id: 'center', children: leaves('office-', 13) };

/** A deeper, uneven organisation. */
const deep: LayoutTreeInput = {
  id: 'root',
  children: [
    { id: 'a', children: leaves('a', 12) },
    {
      id: 'b',
      children: [
        { id: 'b1', children: leaves('b1-', 3) },
        { id: 'b2', children: [] },
      ],
    },
    { id: 'c', children: [] },
    { id: 'd', children: leaves('d', 2) },
  ],
};

const sizeOf = (_id: string, depth: number) =>
  depth === 0 ? { width: 320, height: 112 } : { width: 248, height: 112 };

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectNoOverlaps(nodes: PlacedNode[]) {
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      expect(overlaps(nodes[i]!, nodes[j]!), `${nodes[i]!.id} overlaps ${nodes[j]!.id}`).toBe(
        false,
      );
    }
  }
}

const ids = (tree: LayoutTreeInput): string[] => [tree.id, ...tree.children.flatMap(ids)];

describe.each(LAYOUT_MODES)('layoutTree (%s)', (mode) => {
  for (const [name, input] of [
    ['the Center', center],
    ['a deep tree', deep],
  ] as const) {
    it(`places every node of ${name} once, without overlaps`, () => {
      const layout = layoutTree(input, { mode, sizeOf });
      expect(layout.nodes.map((n) => n.id).sort()).toEqual(ids(input).sort());
      expectNoOverlaps(layout.nodes);
      for (const node of layout.nodes) {
        expect(node.x).toBeGreaterThanOrEqual(layout.bounds.x);
        expect(node.y).toBeGreaterThanOrEqual(layout.bounds.y);
        expect(node.x + node.width).toBeLessThanOrEqual(layout.bounds.x + layout.bounds.width);
        expect(node.y + node.height).toBeLessThanOrEqual(layout.bounds.y + layout.bounds.height);
      }
    });

    it(`routes one orthogonal edge from each parent to each child of ${name}`, () => {
      const layout = layoutTree(input, { mode, sizeOf });
      const byId = new Map(layout.nodes.map((n) => [n.id, n]));
      const expected: string[] = [];
      const walk = (t: LayoutTreeInput) =>
        t.children.forEach((c) => {
          expected.push(`${t.id}->${c.id}`);
          walk(c);
        });
      walk(input);
      expect(layout.edges.map((e) => `${e.source}->${e.target}`).sort()).toEqual(expected.sort());
      for (const edge of layout.edges) {
        const points = edge.points;
        for (let i = 1; i < points.length; i++) {
          const a = points[i - 1]!;
          const b = points[i]!;
          expect(a.x === b.x || a.y === b.y, `${edge.id} segment ${i} is diagonal`).toBe(true);
        }
        const source = byId.get(edge.source)!;
        const target = byId.get(edge.target)!;
        const onBorder = (p: { x: number; y: number }, r: Rect) =>
          p.x >= r.x &&
          p.x <= r.x + r.width &&
          p.y >= r.y &&
          p.y <= r.y + r.height &&
          (p.x === r.x || p.x === r.x + r.width || p.y === r.y || p.y === r.y + r.height);
        expect(onBorder(points[0]!, source), `${edge.id} starts on its parent`).toBe(true);
        expect(onBorder(points.at(-1)!, target), `${edge.id} ends on its child`).toBe(true);
      }
    });
  }
});

describe('layoutTree modes', () => {
  it('puts every office below the Center in compact and top-down', () => {
    for (const mode of ['compact', 'top-down'] as const) {
      const layout = layoutTree(center, { mode, sizeOf });
      const root = layout.nodes.find((n) => n.id === 'center')!;
      for (const office of layout.nodes.filter((n) => n.depth === 1)) {
        expect(office.y).toBeGreaterThan(root.y + root.height);
      }
    }
  });

  it('puts every office right of the Center in left-right', () => {
    const layout = layoutTree(center, { mode: 'left-right', sizeOf });
    const root = layout.nodes.find((n) => n.id === 'center')!;
    for (const office of layout.nodes.filter((n) => n.depth === 1)) {
      expect(office.x).toBeGreaterThan(root.x + root.width);
    }
  });

  it('wraps the thirteen offices into rows that suit a desktop screen', () => {
    const layout = layoutTree(center, { mode: 'compact', sizeOf, aspect: 1160 / 780 });
    const rows = new Set(layout.nodes.filter((n) => n.depth === 1).map((n) => n.y));
    const columns = new Set(layout.nodes.filter((n) => n.depth === 1).map((n) => n.x));
    expect(columns.size).toBeGreaterThanOrEqual(3);
    expect(columns.size).toBeLessThanOrEqual(5);
    expect(rows.size).toBe(Math.ceil(13 / columns.size));
    // Landscape, and far less wide than a single row of thirteen.
    expect(layout.bounds.width).toBeGreaterThan(layout.bounds.height);
    expect(layout.bounds.width).toBeLessThan(13 * 248);
  });

  it('uses fewer, longer columns for a tall phone screen', () => {
    const layout = layoutTree(center, { mode: 'compact', sizeOf, aspect: 390 / 700 });
    const columns = new Set(layout.nodes.filter((n) => n.depth === 1).map((n) => n.x));
    expect(columns.size).toBeLessThanOrEqual(2);
  });

  it('keeps source order down each column', () => {
    const layout = layoutTree(center, { mode: 'compact', sizeOf, aspect: 1.5 });
    const offices = layout.nodes.filter((n) => n.depth === 1);
    const first = offices[0]!;
    const second = offices[1]!;
    expect(second.x).toBe(first.x);
    expect(second.y).toBeGreaterThan(first.y);
  });

  it('centres the root on x = 0 in the vertical layouts', () => {
    for (const mode of ['compact', 'top-down'] as const) {
      const root = layoutTree(center, { mode, sizeOf }).nodes[0]!;
      expect(root.x + root.width / 2).toBeCloseTo(0);
    }
  });
});

describe('cellOf', () => {
  it('balances columns, longest first, in source order', () => {
    const cells = Array.from({ length: 13 }, (_, i) => cellOf(i, 13, 4));
    const lengths = [0, 1, 2, 3].map((c) => cells.filter((cell) => cell.column === c).length);
    expect(lengths).toEqual([4, 3, 3, 3]);
    expect(cells[4]).toEqual({ column: 1, row: 0 });
    expect(cells[12]).toEqual({ column: 3, row: 2 });
    expect(Array.from({ length: 6 }, (_, i) => cellOf(i, 6, 3).column)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
