/**
 * Which collapsed units the chart shows collapsed: a filter opens the branches that hold its
 * matches. The screen and the export both lay out this effective set, so an exported picture
 * shows the same cards as the screen.
 */
import type { OrganizationIndex } from '../model/organization.ts';
import { ancestorsOf } from '../model/tree.ts';
import type { OrganizationMatch } from '../search/match.ts';

/** A filter opens collapsed branches to show its matches when there are at most this many. */
export const MAX_REVEALED_MATCHES = 200;

/** The collapsed units left collapsed once the filter has opened the branches of its matches. */
export function shownCollapsedIds(
  index: OrganizationIndex,
  collapsedIds: readonly string[],
  match: Pick<OrganizationMatch, 'active' | 'matchedOfficeIds'>,
): string[] {
  if (collapsedIds.length === 0) return [];
  // Revealing thousands of matches would show the whole organisation; then the per-branch
  // counts on the collapsed cards say where the matches are instead.
  const reveal = match.active && match.matchedOfficeIds.length <= MAX_REVEALED_MATCHES;
  const open = reveal ? ancestorsOf(index, match.matchedOfficeIds) : new Set<string>();
  return collapsedIds.filter((id) => !open.has(id));
}
