import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { OfficeFlowNode } from '../layout/to-flow.ts';
import { dutyCount, officeCount } from '../model/format.ts';
import { useOrgStore } from '../store/org-store.ts';

/** A card in the chart. The wrapper React Flow renders carries the role and accessible name. */
export function OfficeNode({ id, data }: NodeProps<OfficeFlowNode>) {
  const selected = useOrgStore((s) => s.selectedId === id);
  return (
    <div
      className="office-card"
      data-root={data.isRoot || undefined}
      data-selected={selected || undefined}
    >
      <Handle
        type="target"
        position={Position.Top}
        isConnectable={false}
        className="office-card__handle"
      />
      <span className="office-card__name">{data.name}</span>
      <span className="office-card__meta">
        {data.isRoot
          ? `${officeCount(data.unitCount)} · ${dutyCount(data.dutyCount)}`
          : dutyCount(data.dutyCount)}
      </span>
      <Handle
        type="source"
        position={Position.Bottom}
        isConnectable={false}
        className="office-card__handle"
      />
    </div>
  );
}
