import { useMemo } from 'react';
import { shownCollapsedIds } from '../layout/shown-collapsed.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import type { OrganizationMatch } from '../search/match.ts';

/**
 * The collapsed units the chart shows collapsed (see `shownCollapsedIds`), as one string. As a
 * string it stays equal while typing does not change those branches, so the chart is not laid
 * out (or even rendered) again on every keystroke.
 */
export function useShownCollapsed(match: OrganizationMatch): string {
  const collapsedIds = useOrgStore((s) => s.collapsedIds);
  const index = useOrgStore(selectIndex);
  return useMemo(
    () => shownCollapsedIds(index, collapsedIds, match).join('\n'),
    [collapsedIds, match, index],
  );
}
