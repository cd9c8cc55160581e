import './more-node.css';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { MoreFlowNode } from '../layout/to-flow.ts';

const countFormat = new Intl.NumberFormat('en');

/**
 * The card after a large sibling group that the chart shows a page at a time: how many are
 * shown, and a real button that shows the next page (the chart handles its click). The Outline lists every unit.
 */
export function MoreNode({ data }: NodeProps<MoreFlowNode>) {
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
        data-show-more={data.parentId}
      >
        Show {countFormat.format(data.next)} more
      </button>
    </div>
  );
}
