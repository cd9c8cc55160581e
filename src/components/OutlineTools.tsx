import { useMemo } from 'react';
import { formatCount, formatNumber } from '../model/format.ts';
import { stagedExpansion, unitsWithChildren } from '../model/tree.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';

/** "Expand all" and "Collapse all", for organisations with more than one level below the top. */
export function OutlineTools() {
  const index = useOrgStore(selectIndex);
  const collapsedIds = useOrgStore((s) => s.collapsedIds);
  const setCollapsed = useOrgStore((s) => s.setCollapsed);
  const showToast = useOrgStore((s) => s.showToast);
  const branching = useMemo(() => unitsWithChildren(index), [index]);
  if (branching.length <= 1) return null;
  const below = branching.filter((id) => id !== index.order[0]);
  return (
    <div className="outline__tools">
      <button
        type="button"
        className="button"
        disabled={collapsedIds.length === 0}
        onClick={() => {
          // Beyond a few thousand cards the chart could no longer pan smoothly: open in stages.
          const staged = stagedExpansion(index);
          setCollapsed(staged.complete ? [] : staged.collapsedIds);
          if (!staged.complete) {
            showToast({
              kind: 'done',
              text: `Opened the levels that fit: ${formatCount(staged.shown, 'card')} of ${formatNumber(index.order.length)}. Every level at once would be more than the chart can draw smoothly; open the branches you need, or filter.`,
              topic: 'expand',
            });
          }
        }}
      >
        Expand all
      </button>
      <button
        type="button"
        className="button"
        disabled={below.every((id) => collapsedIds.includes(id))}
        onClick={() => setCollapsed(below)}
      >
        Collapse all
      </button>
    </div>
  );
}
