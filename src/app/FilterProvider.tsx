import type { ReactNode } from 'react';
import type { Viewport } from '../layout/fit.ts';
import { selectIndex } from '../store/selectors.ts';
import { useOrgStore } from '../store/org-store.ts';
import { BranchMatchesContext, useComputeBranchMatches } from '../view-state/branch-matches.ts';
import {
  FilterContext,
  useComputeFilterMatch,
  useFilterMatch,
} from '../view-state/filter-context.ts';
import { useShownCollapsed } from '../view-state/shown-collapsed.ts';
import { useShownPaging } from '../view-state/shown-paging.ts';
import { OrgChart } from './lazy.ts';

/**
 * Works out the filter's result and its branch totals once for the whole view. It sits below the
 * page rather than in it: a keystroke re-renders this and what reads the result (the page's
 * elements arrive as `children`, made by a parent that typing does not re-render).
 */
export function FilterProvider({ children }: { children: ReactNode }) {
  const match = useComputeFilterMatch();
  const index = useOrgStore(selectIndex);
  const branchMatches = useComputeBranchMatches(index, match);
  return (
    <FilterContext value={match}>
      <BranchMatchesContext value={branchMatches}>{children}</BranchMatchesContext>
    </FilterContext>
  );
}

/** The chart, with the collapsed units and pages of large groups the filter's result shows. */
export function FilteredChart(props: {
  aspect: number | undefined;
  initialViewport?: Viewport;
  onReady?: () => void;
}) {
  const match = useFilterMatch();
  const collapsedKey = useShownCollapsed(match);
  const paging = useShownPaging(match);
  return <OrgChart {...props} collapsedKey={collapsedKey} paging={paging} />;
}
