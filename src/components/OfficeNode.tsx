import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useMemo, type MouseEvent } from 'react';
import { useFilterMatch } from '../app/filter-context.ts';
import { cardMetaId, type OfficeFlowNode } from '../layout/to-flow.ts';
import { dutyCount, formatCount, officeCount } from '../model/format.ts';
import { functionById } from '../search/functions.ts';
import { functionProfile } from '../search/match.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import { functionStyle } from './function-style.ts';
import { useBranchMatches } from './use-branch-matches.ts';

/** A card in the chart. The wrapper React Flow renders carries the role and accessible name. */
export function OfficeNode({ id, data }: NodeProps<OfficeFlowNode>) {
  const selected = useOrgStore((s) => s.selectedId === id);
  const office = useOrgStore((s) => selectIndex(s).byId.get(id));
  const toggleCollapsed = useOrgStore((s) => s.toggleCollapsed);
  const match = useFilterMatch();
  const branchMatches = useBranchMatches();
  // Worked out for the cards on screen only, so a large organisation opens quickly.
  const profile = useMemo(
    () => (office && !data.isRoot ? functionProfile(office) : []),
    [office, data.isRoot],
  );
  const totalInProfile = profile.reduce((sum, p) => sum + p.count, 0);
  const matched = match.active ? (match.offices.get(id)?.matched ?? 0) : null;
  const inBranch = branchMatches?.get(id) ?? 0;
  const below = matched === null ? 0 : inBranch - matched;

  const onToggle = (event: MouseEvent) => {
    // A shortcut for the pointer; keyboard users press + and − on the card, or use the Outline.
    event.stopPropagation();
    toggleCollapsed(id);
  };

  return (
    <div
      className="office-card"
      data-root={data.isRoot || undefined}
      data-selected={selected || undefined}
      data-dimmed={(matched === 0 && below <= 0 && !data.isRoot) || undefined}
    >
      <Handle
        type="target"
        position={Position.Top}
        isConnectable={false}
        className="office-card__handle"
      />
      <span className="office-card__name">{data.name}</span>
      {profile.length > 0 && (
        <span className="profile-bar" aria-hidden="true">
          {profile.map((part) => {
            const tag = functionById(part.id);
            if (!tag) return null;
            return (
              <span
                key={part.id}
                className="profile-bar__part fn"
                data-active={match.functionIds.includes(part.id) || undefined}
                title={`${tag.label}: ${dutyCount(part.count)}`}
                style={{ ...functionStyle(tag), flexGrow: part.count / totalInProfile }}
              />
            );
          })}
        </span>
      )}
      <span className="office-card__meta" id={cardMetaId(id)} aria-hidden="true">
        <span>
          {data.isRoot
            ? `${officeCount(data.unitCount)} · ${dutyCount(data.dutyCount)}`
            : dutyCount(data.dutyCount)}
        </span>
        {matched !== null && (data.isRoot ? match.matchedDuties : matched) > 0 && (
          <span className="match-badge">{data.isRoot ? match.matchedDuties : matched} match</span>
        )}
        {below > 0 && !data.isRoot && (
          <span className="match-badge match-badge--below">+{below} below</span>
        )}
        {data.hidden > 0 && (
          <span className="hidden-badge" onClick={onToggle} title="Show the units below">
            {formatCount(data.hidden, 'unit')} hidden
          </span>
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
