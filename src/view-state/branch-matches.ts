import { createContext, useContext, useMemo } from 'react';
import type { OrganizationIndex } from '../model/organization.ts';
import { branchTotals } from '../model/tree.ts';
import { isCountedMatch } from '../search/count-search.ts';
import type { OrganizationMatch } from '../search/match.ts';

/** Matching duties per unit, summed over its whole branch; null when no filter is active. */
export const BranchMatchesContext = createContext<ReadonlyMap<string, number> | null>(null);

export const useBranchMatches = () => useContext(BranchMatchesContext);

/** Works out the branch totals once for the whole view, for `BranchMatchesContext`. */
export function useComputeBranchMatches(
  index: OrganizationIndex,
  match: OrganizationMatch,
): ReadonlyMap<string, number> | null {
  return useMemo(() => {
    if (!match.active) return null;
    // Summed by the worker that counted the matches, for the largest organisations.
    if (isCountedMatch(match)) return match.branchTotals;
    return branchTotals(index, (id) => match.offices.get(id)?.matched ?? 0);
  }, [match, index]);
}
