import { countDuties, type Organization, type OrganizationIndex } from '../model/organization.ts';
import { visibleTree } from '../model/tree.ts';
import { cardSize } from './card-metrics.ts';
import { layoutTree, type LayoutMode, type TreeLayout } from './layout-tree.ts';
import { toFlow, type ElbowFlowEdge, type OfficeFlowNode } from './to-flow.ts';

export { OFFICE_CARD, ROOT_CARD } from './card-metrics.ts';

export interface Chart {
  layout: TreeLayout;
  nodes: OfficeFlowNode[];
  edges: ElbowFlowEdge[];
}

export interface ChartOptions {
  mode: LayoutMode;
  /** Width / height of the space the chart is shown in (see `layoutTree`). */
  aspect?: number;
  /** Units whose descendants are hidden. */
  collapsed?: ReadonlySet<string>;
  /** Id of an element every card is also described by (React Flow's keyboard help). */
  describedBy?: string;
}

const NONE: ReadonlySet<string> = new Set();

/** Lays out the visible part of an organisation and turns it into React Flow's nodes and edges. */
export function buildChart(
  org: Organization,
  index: OrganizationIndex,
  options: ChartOptions,
): Chart {
  const tree = visibleTree(org.root, options.collapsed ?? NONE);
  const hidden = new Map<string, number>();
  const stack = [tree];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    if (unit.hidden > 0) hidden.set(unit.id, unit.hidden);
    stack.push(...unit.children);
  }
  const layout = layoutTree(tree, {
    mode: options.mode,
    aspect: options.aspect,
    sizeOf: (_id, depth) => cardSize(depth === 0),
  });
  const totalDuties = countDuties(org);
  const { nodes, edges } = toFlow(
    layout,
    (id) => {
      const office = index.byId.get(id)!;
      const isRoot = id === org.root.id;
      return {
        name: office.name,
        isRoot,
        dutyCount: isRoot ? totalDuties : office.duties.length,
        unitCount: isRoot ? index.order.length - 1 : office.children.length,
        hidden: hidden.get(id) ?? 0,
      };
    },
    options.describedBy,
  );
  return { layout, nodes, edges };
}
