import { useMemo } from 'react';
import { unitsWithChildren } from '../model/tree.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';

/** "Expand all" and "Collapse all", for organisations with more than one level below the top. */
export function OutlineTools() {
  const index = useOrgStore(selectIndex);
  const collapsedIds = useOrgStore((s) => s.collapsedIds);
  const setCollapsed = useOrgStore((s) => s.setCollapsed);
  const branching = useMemo(() => unitsWithChildren(index), [index]);
  if (branching.length <= 1) return null;
  const below = branching.filter((id) => id !== index.order[0]);
  return (
    <div className="outline__tools">
      <button
        type="button"
        className="button"
        disabled={collapsedIds.length === 0}
        onClick={() => setCollapsed([])}
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
