import { countDuties, type Organization, type OrganizationIndex } from '../model/organization.ts';
import {
  CHILDREN_PAGE,
  moreCardId,
  visibleTree,
  type Paging,
  type VisibleUnit,
} from '../model/tree.ts';
import { cardSize } from './card-metrics.ts';
import { layoutTree, type LayoutMode, type TreeLayout } from './layout-tree.ts';
import { toFlow, type ChartFlowNode, type ElbowFlowEdge, type MoreNodeData } from './to-flow.ts';

export { OFFICE_CARD, ROOT_CARD } from './card-metrics.ts';

export interface Chart {
  layout: TreeLayout;
  nodes: ChartFlowNode[];
  edges: ElbowFlowEdge[];
}

export interface ChartOptions {
  mode: LayoutMode;
  /** Width / height of the space the chart is shown in (see `layoutTree`). */
  aspect?: number;
  /** Units whose descendants are hidden. */
  collapsed?: ReadonlySet<string>;
  /** Which children of large sibling groups are shown (the first page by default). */
  paging?: Paging;
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
  const tree = visibleTree(org.root, options.collapsed ?? NONE, options.paging);
  const hidden = new Map<string, number>();
  const more = new Map<string, MoreNodeData>();
  const stack = [tree];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    if (unit.hidden > 0) hidden.set(unit.id, unit.hidden);
    for (const child of unit.children) stack.push(child);
    if (unit.page) {
      // The "show more" card ends the group, laid out like one more sibling.
      const id = moreCardId(unit.id);
      const next = Math.min(CHILDREN_PAGE, unit.page.total - unit.page.shown);
      more.set(id, { parentId: unit.id, ...unit.page, next });
      unit.children.push({ id, children: [], hidden: 0 } satisfies VisibleUnit);
    }
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
    (id) => more.get(id),
  );
  return { layout, nodes, edges };
}
