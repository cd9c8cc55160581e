import { countDuties, indexOrganization, type Organization } from '../model/organization.ts';
import { functionProfile } from '../search/match.ts';
import { layoutTree, type LayoutMode, type Size, type TreeLayout } from './layout-tree.ts';
import { toFlow, type ElbowFlowEdge, type OfficeFlowNode } from './to-flow.ts';

export const ROOT_CARD: Size = { width: 320, height: 104 };
export const OFFICE_CARD: Size = { width: 248, height: 124 };

export interface Chart {
  layout: TreeLayout;
  nodes: OfficeFlowNode[];
  edges: ElbowFlowEdge[];
}

/** Lays out an organisation and turns it into React Flow's nodes and edges. */
export function buildChart(
  org: Organization,
  mode: LayoutMode,
  aspect?: number,
  describedBy?: string,
): Chart {
  const index = indexOrganization(org);
  const layout = layoutTree(org.root, {
    mode,
    aspect,
    sizeOf: (_id, depth) => (depth === 0 ? ROOT_CARD : OFFICE_CARD),
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
        profile: isRoot ? [] : functionProfile(office),
      };
    },
    describedBy,
  );
  return { layout, nodes, edges };
}
