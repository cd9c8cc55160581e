import type { Edge, Node, Position } from '@xyflow/react';
import type { PlacedNode, Point, TreeLayout } from './layout-tree.ts';

export interface OfficeNodeData extends Record<string, unknown> {
  name: string;
  dutyCount: number;
  /** The organisation itself rather than one of its units. */
  isRoot: boolean;
  /** Units under this one (all of them, for the root; direct children otherwise). */
  unitCount: number;
  /** Units below this one hidden because it is collapsed (0 when open). */
  hidden: number;
}

export type OfficeFlowNode = Node<OfficeNodeData, 'office'>;

/** What a "show more" card after a paged sibling group says and whose group it extends. */
export interface MoreNodeData extends Record<string, unknown> {
  parentId: string;
  shown: number;
  total: number;
  /** How many more the next page shows. */
  next: number;
}

export type MoreFlowNode = Node<MoreNodeData, 'more'>;

/** A node of the chart: a unit's card, or the "show more" card of a large sibling group. */
export type ChartFlowNode = OfficeFlowNode | MoreFlowNode;

/** Whether a chart node is a unit's card (not a "show more" card). */
export const isOfficeNode = (node: ChartFlowNode): node is OfficeFlowNode => node.type === 'office';

export interface ElbowEdgeData extends Record<string, unknown> {
  points: Point[];
}

export type ElbowFlowEdge = Edge<ElbowEdgeData, 'elbow'>;

/**
 * Converts a layout into React Flow nodes and edges, with sizes given up front. `moreOf` gives
 * the data of a "show more" card, and is undefined for a unit's card.
 */
/** What every card shares: where it is, its size known up front, and fixed in place. */
function frameOf(placed: PlacedNode) {
  return {
    id: placed.id,
    position: { x: placed.x, y: placed.y },
    width: placed.width,
    height: placed.height,
    draggable: false,
    connectable: false,
    deletable: false,
  };
}

export function toFlow(
  layout: TreeLayout,
  dataOf: (id: string) => OfficeNodeData,
  describedBy = '',
  moreOf: (id: string) => MoreNodeData | undefined = () => undefined,
): { nodes: ChartFlowNode[]; edges: ElbowFlowEdge[] } {
  const nodes = layout.nodes.map((placed): ChartFlowNode => {
    const more = moreOf(placed.id);
    if (more) {
      // Not focusable itself: the card holds a real button, which takes the focus.
      return { ...frameOf(placed), type: 'more', data: more, focusable: false, ariaRole: 'group' };
    }
    const data = dataOf(placed.id);
    return {
      ...frameOf(placed),
      type: 'office',
      // Known up front, so React Flow can draw the edges before it has measured anything (and
      // on the server, for the prerendered page).
      handles: [
        { type: 'target', position: 'top' as Position, x: placed.width / 2, y: 0 },
        { type: 'source', position: 'bottom' as Position, x: placed.width / 2, y: placed.height },
      ],
      data,
      ariaRole: 'button',
      // Named by the card's own text, which holds the filter's counts (see OfficeNode).
      ...(describedBy ? { domAttributes: { 'aria-describedby': describedBy } } : {}),
    };
  });
  const edges = layout.edges.map((edge): ElbowFlowEdge => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: 'elbow',
    data: { points: edge.points },
    focusable: false,
    selectable: false,
    deletable: false,
  }));
  return { nodes, edges };
}

/** An SVG path through orthogonal points, with corners rounded by up to `radius`. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  const first = points[0];
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const prev = points[i - 1]!;
    const next = points[i + 1];
    if (!next) {
      d += ` L ${p.x} ${p.y}`;
      break;
    }
    const r = Math.min(radius, segmentLength(prev, p) / 2, segmentLength(p, next) / 2);
    const before = towards(p, prev, r);
    const after = towards(p, next, r);
    d += ` L ${before.x} ${before.y} Q ${p.x} ${p.y} ${after.x} ${after.y}`;
  }
  return d;
}

function segmentLength(a: Point, b: Point): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}

function towards(from: Point, to: Point, distance: number): Point {
  const length = segmentLength(from, to);
  if (length === 0) return from;
  return {
    x: from.x + ((to.x - from.x) / length) * distance,
    y: from.y + ((to.y - from.y) / length) * distance,
  };
}
