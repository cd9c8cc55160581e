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
  const below = useMemo(
    () => unitsWithChildren(index).filter((id) => id !== index.order[0]),
    [index],
  );
  // A set: with thousands of units, asking the list of collapsed ones for each would be slow.
  const allCollapsed = useMemo(() => {
    const collapsed = new Set(collapsedIds);
    return below.every((id) => collapsed.has(id));
  }, [below, collapsedIds]);
  if (below.length === 0) return null;
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
        disabled={allCollapsed}
        onClick={() => setCollapsed(below)}
      >
        Collapse all
      </button>
    </div>
  );
}
