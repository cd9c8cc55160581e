import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useFilterMatch } from '../app/filter-context.ts';
import { cardMetaId, type OfficeFlowNode } from '../layout/to-flow.ts';
import { dutyCount, officeCount } from '../model/format.ts';
import { functionById } from '../search/functions.ts';
import { useOrgStore } from '../store/org-store.ts';
import { functionStyle } from './function-style.ts';

/** A card in the chart. The wrapper React Flow renders carries the role and accessible name. */
export function OfficeNode({ id, data }: NodeProps<OfficeFlowNode>) {
  const selected = useOrgStore((s) => s.selectedId === id);
  const match = useFilterMatch();
  const matched = match.active ? (match.offices.get(id)?.matched ?? 0) : null;
  const totalInProfile = data.profile.reduce((sum, p) => sum + p.count, 0);
  return (
    <div
      className="office-card"
      data-root={data.isRoot || undefined}
      data-selected={selected || undefined}
      data-dimmed={(matched === 0 && !data.isRoot) || undefined}
    >
      <Handle
        type="target"
        position={Position.Top}
        isConnectable={false}
        className="office-card__handle"
      />
      <span className="office-card__name">{data.name}</span>
      {data.profile.length > 0 && (
        <span className="profile-bar" aria-hidden="true">
          {data.profile.map((part) => {
            const tag = functionById(part.id);
            if (!tag) return null;
            const active = match.functionIds.includes(part.id);
            return (
              <span
                key={part.id}
                className="profile-bar__part fn"
                data-active={active || undefined}
                title={`${tag.label}: ${dutyCount(part.count)}`}
                style={{ ...functionStyle(tag), flexGrow: part.count / totalInProfile }}
              />
            );
          })}
        </span>
      )}
      <span className="office-card__meta" id={cardMetaId(id)} aria-hidden="true">
        {data.isRoot
          ? `${officeCount(data.unitCount)} · ${dutyCount(data.dutyCount)}`
          : dutyCount(data.dutyCount)}
        {matched !== null && matched > 0 && !data.isRoot && (
          <span className="match-badge">{matched} match</span>
        )}
        {matched !== null && data.isRoot && (
          <span className="match-badge">{match.matchedDuties} match</span>
        )}
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
