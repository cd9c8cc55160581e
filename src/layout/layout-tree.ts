import { hierarchy, tree, type HierarchyNode } from 'd3-hierarchy';

/** How the chart arranges units. */
export type LayoutMode = 'compact' | 'top-down' | 'left-right';

export const LAYOUT_MODES: readonly LayoutMode[] = ['compact', 'top-down', 'left-right'];

export const LAYOUT_LABELS: Record<LayoutMode, string> = {
  compact: 'Compact',
  'top-down': 'Top-down',
  'left-right': 'Left-right',
};

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Rect extends Point, Size {}

/** The tree shape a layout needs: ids and children, nothing else. */
export interface LayoutTreeInput {
  id: string;
  children: readonly LayoutTreeInput[];
}

export interface PlacedNode extends Rect {
  id: string;
  depth: number;
}

/** An org-chart edge as an orthogonal polyline from the parent to the child. */
export interface RoutedEdge {
  id: string;
  source: string;
  target: string;
  points: Point[];
}

export interface TreeLayout {
  nodes: PlacedNode[];
  edges: RoutedEdge[];
  bounds: Rect;
}

export interface LayoutOptions {
  mode: LayoutMode;
  /** Size of each node's card; the layout never resizes cards. */
  sizeOf: (id: string, depth: number) => Size;
  /**
   * Width / height of the space the chart will be shown in. The compact layout picks the number
   * of columns that lets the chart be shown largest in that space.
   */
  aspect?: number;
}

/** Gaps between cards, in chart units. */
export const SPACING = {
  sibling: 32,
  level: 64,
  row: 20,
  /** Room left of a column of cards for the vertical line that feeds it. */
  indent: 28,
};

/** Above this, a group of leaf cards is always split into columns of at most this many. */
const MAX_COLUMN_LENGTH = 8;

type Node = HierarchyNode<LayoutTreeInput>;

/**
 * Places every unit of the tree for the given layout mode and routes org-chart style elbow edges.
 * Positions are the top-left corners of cards; the root's card is centred on x = 0.
 */
export function layoutTree(input: LayoutTreeInput, options: LayoutOptions): TreeLayout {
  const root = hierarchy(input, (d) => d.children);
  const sizes = new Map<Node, Size>();
  root.each((node) => sizes.set(node, options.sizeOf(node.data.id, node.depth)));
  const size = (node: Node) => sizes.get(node)!;

  const placed = new Map<Node, Point>();
  const edges: RoutedEdge[] = [];
  if (options.mode === 'compact') {
    layoutCompact(root, size, placed, edges, options.aspect ?? 16 / 10);
  } else {
    layoutTidy(root, size, placed, edges, options.mode === 'left-right');
  }

  const nodes: PlacedNode[] = [];
  root.each((node) => {
    const position = placed.get(node)!;
    nodes.push({ id: node.data.id, depth: node.depth, ...position, ...size(node) });
  });
  return { nodes, edges, bounds: boundsOf(nodes) };
}

/** The smallest rectangle holding every node (a point is a rectangle without width or height). */
export function boundsOf(rects: readonly (Pick<Rect, 'x' | 'y'> & Partial<Rect>)[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + (r.width ?? 0));
    maxY = Math.max(maxY, r.y + (r.height ?? 0));
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

function edgeId(source: string, target: string): string {
  return `${source}->${target}`;
}

function layoutTidy(
  root: Node,
  size: (node: Node) => Size,
  placed: Map<Node, Point>,
  edges: RoutedEdge[],
  horizontal: boolean,
): void {
  let maxWidth = 0;
  let maxHeight = 0;
  root.each((node) => {
    maxWidth = Math.max(maxWidth, size(node).width);
    maxHeight = Math.max(maxHeight, size(node).height);
  });
  const breadth = horizontal ? maxHeight + SPACING.row : maxWidth + SPACING.sibling;
  const levelStep = horizontal ? maxWidth + SPACING.level * 1.5 : maxHeight + SPACING.level;
  const laidOut = tree<LayoutTreeInput>()
    .nodeSize([breadth, levelStep])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(root);

  laidOut.each((node) => {
    const { width, height } = size(node);
    // d3 gives the centre across the tree and the level's start along it.
    placed.set(
      node,
      horizontal ? { x: node.y, y: node.x - height / 2 } : { x: node.x - width / 2, y: node.y },
    );
  });

  laidOut.each((node) => {
    if (!node.parent) return;
    const p = placed.get(node.parent)!;
    const ps = size(node.parent);
    const c = placed.get(node)!;
    const cs = size(node);
    const points = horizontal
      ? elbowHorizontal(
          { x: p.x + ps.width, y: p.y + ps.height / 2 },
          { x: c.x, y: c.y + cs.height / 2 },
        )
      : elbowVertical(
          { x: p.x + ps.width / 2, y: p.y + ps.height },
          { x: c.x + cs.width / 2, y: c.y },
        );
    edges.push({
      id: edgeId(node.parent.data.id, node.data.id),
      source: node.parent.data.id,
      target: node.data.id,
      points,
    });
  });
}

function elbowVertical(from: Point, to: Point): Point[] {
  if (from.x === to.x) return [from, to];
  const midY = from.y + (to.y - from.y) / 2;
  return [from, { x: from.x, y: midY }, { x: to.x, y: midY }, to];
}

function elbowHorizontal(from: Point, to: Point): Point[] {
  if (from.y === to.y) return [from, to];
  const midX = from.x + (to.x - from.x) / 2;
  return [from, { x: midX, y: from.y }, { x: midX, y: to.y }, to];
}

/** How a measured subtree is arranged: a lone card, a row of subtrees, or columns of leaves. */
type Arrangement =
  | { kind: 'leaf' }
  | { kind: 'row'; rowWidth: number }
  | { kind: 'columns'; cell: Size; usedColumns: number; gridWidth: number };

/** A measured subtree: its size, and how to place what it holds. */
interface Block extends Size {
  arrangement: Arrangement;
}

/**
 * Compact: a unit whose children are all leaves shows them in columns, each fed by a vertical
 * line on its left, so thirteen offices read as a block instead of one very long row. Other
 * units set their subtrees side by side under them. Measured bottom-up, then placed top-down,
 * both with explicit stacks: a file may nest thousands of levels deep.
 */
function layoutCompact(
  root: Node,
  size: (node: Node) => Size,
  placed: Map<Node, Point>,
  edges: RoutedEdge[],
  aspect: number,
): void {
  const route = (parent: Node, child: Node, points: Point[]) =>
    edges.push({
      id: edgeId(parent.data.id, child.data.id),
      source: parent.data.id,
      target: child.data.id,
      points,
    });

  const blocks = new Map<Node, Block>();
  // d3's eachAfter is iterative and visits every child before its parent.
  root.eachAfter((node) => blocks.set(node, measure(node)));

  function measure(node: Node): Block {
    const own = size(node);
    const children = node.children ?? [];
    if (children.length === 0) return { ...own, arrangement: { kind: 'leaf' } };
    if (children.length > 1 && children.every((c) => !c.children)) {
      return measureColumns(node, own, children);
    }
    let rowWidth = SPACING.sibling * (children.length - 1);
    let tallest = 0;
    for (const child of children) {
      const block = blocks.get(child)!;
      rowWidth += block.width;
      tallest = Math.max(tallest, block.height);
    }
    return {
      width: Math.max(own.width, rowWidth),
      height: own.height + SPACING.level + tallest,
      arrangement: { kind: 'row', rowWidth },
    };
  }

  function measureColumns(node: Node, own: Size, children: Node[]): Block {
    const cell = { width: 0, height: 0 };
    for (const child of children) {
      cell.width = Math.max(cell.width, size(child).width);
      cell.height = Math.max(cell.height, size(child).height);
    }
    // Only a chart that is one root and its leaves is shaped to the screen; deeper charts keep
    // short columns so that sibling subtrees stay comparable.
    const columns =
      node.depth === 0
        ? bestColumnCount(children.length, own, cell, aspect)
        : Math.ceil(children.length / MAX_COLUMN_LENGTH);
    const rows = Math.ceil(children.length / columns);
    const usedColumns = Math.ceil(children.length / rows);
    const gridWidth =
      usedColumns * (SPACING.indent + cell.width) + (usedColumns - 1) * SPACING.sibling;
    const gridHeight = rows * cell.height + (rows - 1) * SPACING.row;
    return {
      width: Math.max(own.width, gridWidth),
      height: own.height + SPACING.level / 2 + SPACING.row + gridHeight,
      arrangement: { kind: 'columns', cell, usedColumns, gridWidth },
    };
  }

  const stack: { node: Node; x: number; y: number }[] = [{ node: root, x: 0, y: 0 }];
  while (stack.length > 0) {
    const { node, x, y } = stack.pop()!;
    const block = blocks.get(node)!;
    const own = size(node);
    const parentPos = { x: x + (block.width - own.width) / 2, y };
    placed.set(node, parentPos);
    const { arrangement } = block;
    const children = node.children ?? [];
    if (arrangement.kind === 'row') {
      let cx = x + (block.width - arrangement.rowWidth) / 2;
      const cy = y + own.height + SPACING.level;
      for (const child of children) {
        const childBlock = blocks.get(child)!;
        stack.push({ node: child, x: cx, y: cy });
        // Where the child's card will go: centred at the top of its block.
        const childSize = size(child);
        const c = { x: cx + (childBlock.width - childSize.width) / 2, y: cy };
        route(
          node,
          child,
          elbowVertical(
            { x: parentPos.x + own.width / 2, y: parentPos.y + own.height },
            { x: c.x + childSize.width / 2, y: c.y },
          ),
        );
        cx += childBlock.width + SPACING.sibling;
      }
    } else if (arrangement.kind === 'columns') {
      const { cell, usedColumns, gridWidth } = arrangement;
      const from = { x: parentPos.x + own.width / 2, y: y + own.height };
      const busY = from.y + SPACING.level / 4;
      const gridX = x + (block.width - gridWidth) / 2;
      const gridY = y + own.height + SPACING.level / 2 + SPACING.row;
      children.forEach((child, i) => {
        const { column, row } = cellOf(i, children.length, usedColumns);
        const columnX = gridX + column * (SPACING.indent + cell.width + SPACING.sibling);
        const c = { x: columnX + SPACING.indent, y: gridY + row * (cell.height + SPACING.row) };
        placed.set(child, c);
        const trunkX = columnX + SPACING.indent / 2;
        const midY = c.y + size(child).height / 2;
        route(node, child, [
          from,
          { x: from.x, y: busY },
          { x: trunkX, y: busY },
          { x: trunkX, y: midY },
          { x: c.x, y: midY },
        ]);
      });
    }
  }
  // Centre the root on x = 0 so every mode shares the same origin.
  const rootPos = placed.get(root)!;
  const dx = -(rootPos.x + size(root).width / 2);
  const dy = -rootPos.y;
  for (const [node, p] of placed) placed.set(node, { x: p.x + dx, y: p.y + dy });
  for (const edge of edges) edge.points = edge.points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
}

/**
 * Where the i-th of `count` cards goes when filled down `columns` columns of balanced length:
 * the first columns take one card more than the rest (13 in 4 columns: 4, 3, 3, 3).
 */
export function cellOf(i: number, count: number, columns: number): { column: number; row: number } {
  const short = Math.floor(count / columns);
  const longColumns = count % columns;
  const inLong = longColumns * (short + 1);
  if (i < inLong) return { column: Math.floor(i / (short + 1)), row: i % (short + 1) };
  return { column: longColumns + Math.floor((i - inLong) / short), row: (i - inLong) % short };
}

/** The column count that lets a root-and-leaves chart be drawn largest in a space of `aspect`. */
function bestColumnCount(count: number, parent: Size, cell: Size, aspect: number): number {
  let best = 1;
  let bestScale = 0;
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const width = Math.max(
      parent.width,
      columns * (SPACING.indent + cell.width) + (columns - 1) * SPACING.sibling,
    );
    const height =
      parent.height +
      SPACING.level / 2 +
      SPACING.row +
      rows * cell.height +
      (rows - 1) * SPACING.row;
    const scale = Math.min(aspect / width, 1 / height);
    if (scale > bestScale + 1e-9) {
      best = columns;
      bestScale = scale;
    }
  }
  return best;
}
