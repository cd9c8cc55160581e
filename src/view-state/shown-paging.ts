import { useMemo } from 'react';
import { shownPaging } from '../layout/shown-pages.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import type { OrganizationMatch } from '../search/match.ts';

/**
 * The chart's paging of large sibling groups as one string (see `shownPaging`; `pagingOf` reads
 * it back). As a string it stays equal while a selection or a keystroke does not change which
 * units show, so the chart is not laid out again.
 */
export function useShownPaging(match: OrganizationMatch): string {
  const childPages = useOrgStore((s) => s.childPages);
  const selectedId = useOrgStore((s) => s.selectedId);
  const index = useOrgStore(selectIndex);
  return useMemo(
    () => shownPaging(index, childPages, selectedId, match),
    [index, childPages, selectedId, match],
  );
}
