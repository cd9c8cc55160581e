import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Fragment, useMemo, type MouseEvent } from 'react';
import { useFilterMatch } from '../view-state/filter-context.ts';
import { cardContent, type CardItem } from '../layout/card-content.ts';
import { cardLabelId, type OfficeFlowNode } from '../layout/to-flow.ts';
import { functionById } from '../search/functions.ts';
import { functionProfile } from '../search/function-counts.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import { functionStyle } from './function-style.ts';
import { useBranchMatches } from '../view-state/branch-matches.ts';

const ITEM_CLASS: Record<CardItem['kind'], string> = {
  counts: 'office-card__counts',
  match: 'match-badge',
  below: 'match-badge match-badge--below',
  hidden: 'hidden-badge',
};

/**
 * A card in the chart, drawn from `cardContent`. The wrapper React Flow renders carries the role;
 * its accessible name is the label element here, which holds the card’s visible text.
 */
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
  const card = cardContent(id, data, { selected, match, branchMatches, profile });
  const totalInProfile = card.profile.reduce((sum, p) => sum + p.count, 0);

  const onToggle = (event: MouseEvent) => {
    // A shortcut for the pointer; keyboard users press + and − on the card, or use the Outline.
    event.stopPropagation();
    toggleCollapsed(id);
  };

  // The spaces between the parts keep words apart in the card's text, as a reader gets it.
  return (
    <div
      className="office-card"
      data-root={card.isRoot || undefined}
      data-selected={card.selected || undefined}
      data-dimmed={card.dimmed || undefined}
    >
      <Handle
        type="target"
        position={Position.Top}
        isConnectable={false}
        className="office-card__handle"
      />
      <span className="office-card__name" style={{ WebkitLineClamp: card.nameLines }}>
        {card.name}
      </span>{' '}
      {card.profile.length > 0 && (
        <span className="profile-bar" aria-hidden="true">
          {card.profile.map((part) => {
            const tag = functionById(part.id)!;
            return (
              <span
                key={part.id}
                className="profile-bar__part fn"
                data-active={part.active || undefined}
                title={part.title}
                style={{ ...functionStyle(tag), flexGrow: part.count / totalInProfile }}
              />
            );
          })}
        </span>
      )}
      <span className="office-card__foot" aria-hidden="true">
        {card.rows.map((row, r) => (
          <Fragment key={r}>
            {r > 0 && ' '}
            <span className="office-card__row">
              {row.map((item, i) => (
                <Fragment key={item.kind}>
                  {i > 0 && ' '}
                  <span
                    className={ITEM_CLASS[item.kind]}
                    onClick={item.kind === 'hidden' ? onToggle : undefined}
                    title={item.kind === 'hidden' ? 'Show the units below' : undefined}
                  >
                    {item.text}
                  </span>
                </Fragment>
              ))}
            </span>
          </Fragment>
        ))}
      </span>
      {/* Referenced by the card's aria-labelledby; the label is an attribute, not text, so the
          card's text stays what is on screen (for finding it by its text, too). */}
      <span id={cardLabelId(id)} aria-label={card.label} hidden />
      <Handle
        type="source"
        position={Position.Bottom}
        isConnectable={false}
        className="office-card__handle"
      />
    </div>
  );
}
