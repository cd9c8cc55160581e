import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { MoreFlowNode } from '../layout/to-flow.ts';
import { CHILDREN_PAGE } from '../model/tree.ts';
import { useOrgStore } from '../store/org-store.ts';

const countFormat = new Intl.NumberFormat('en');

/**
 * The card after a large sibling group that the chart shows a page at a time: how many are
 * shown, and a real button that shows the next page. The Outline lists every unit of the group.
 */
export function MoreNode({ data }: NodeProps<MoreFlowNode>) {
  const showMoreChildren = useOrgStore((s) => s.showMoreChildren);
  const next = Math.min(CHILDREN_PAGE, data.total - data.shown);
  return (
    <div className="more-card">
      <Handle
        type="target"
        position={Position.Top}
        isConnectable={false}
        className="office-card__handle"
      />
      <p className="more-card__count">
        {countFormat.format(data.shown)} of {countFormat.format(data.total)} shown
      </p>
      <button
        type="button"
        className="button more-card__button nodrag nopan"
        onClick={() => showMoreChildren(data.parentId)}
      >
        Show {countFormat.format(next)} more
      </button>
    </div>
  );
}
