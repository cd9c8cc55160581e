import { useMemo } from 'react';
import { ancestorsOf } from '../model/tree.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import type { OrganizationMatch } from '../search/match.ts';

/** A filter opens collapsed branches to show its matches when there are at most this many. */
const MAX_REVEALED_MATCHES = 200;

/**
 * The collapsed units the chart shows collapsed, as one string: a filter opens the branches that
 * hold its matches. As a string it stays equal while typing does not change those branches, so
 * the chart is not laid out (or even rendered) again on every keystroke.
 */
export function useShownCollapsed(match: OrganizationMatch): string {
  const collapsedIds = useOrgStore((s) => s.collapsedIds);
  const index = useOrgStore(selectIndex);
  return useMemo(() => {
    if (collapsedIds.length === 0) return '';
    // Revealing thousands of matches would show the whole organisation; then the per-branch
    // counts on the collapsed cards say where the matches are instead.
    const reveal = match.active && match.matchedOfficeIds.length <= MAX_REVEALED_MATCHES;
    const open = reveal ? ancestorsOf(index, match.matchedOfficeIds) : new Set<string>();
    return collapsedIds.filter((id) => !open.has(id)).join('\n');
  }, [collapsedIds, match, index]);
}
