import { useEffect, useMemo, useState } from 'react';
import type * as ShownPages from '../layout/shown-pages.ts';
import { hasLargeGroup, type Paging } from '../model/tree.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import type { OrganizationMatch } from '../search/match.ts';

/**
 * The chart's paging of large sibling groups (see `shownPaging`): the same object while a
 * selection or a keystroke does not change which units show, so the chart is not laid out again. Only an organisation with a group over a page
 * needs it, so its code loads then; until it has, the chart shows each group's first page.
 */
export function useShownPaging(match: OrganizationMatch): Paging | undefined {
  const childPages = useOrgStore((s) => s.childPages);
  const selectedId = useOrgStore((s) => s.selectedId);
  const index = useOrgStore(selectIndex);
  const large = useMemo(() => hasLargeGroup(index), [index]);
  const [pages, setPages] = useState<typeof ShownPages | null>(null);
  useEffect(() => {
    if (large && !pages) void import('../layout/shown-pages.ts').then(setPages);
  }, [large, pages]);
  const key = useMemo(
    () => (large && pages ? pages.shownPaging(index, childPages, selectedId, match) : ''),
    [large, pages, index, childPages, selectedId, match],
  );
  // One object per distinct key, so the chart is laid out again only when the paging changes.
  return useMemo(() => (pages && key ? pages.pagingOf(key) : undefined), [pages, key]);
}
