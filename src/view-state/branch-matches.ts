import { createContext, useContext, useMemo } from 'react';
import type { OrganizationIndex } from '../model/organization.ts';
import { branchTotals } from '../model/tree.ts';
import type { OrganizationMatch } from '../search/match.ts';

/** Matching duties per unit, summed over its whole branch; null when no filter is active. */
export const BranchMatchesContext = createContext<ReadonlyMap<string, number> | null>(null);

export const useBranchMatches = () => useContext(BranchMatchesContext);

/** Works out the branch totals once for the whole view, for `BranchMatchesContext`. */
export function useComputeBranchMatches(
  index: OrganizationIndex,
  match: OrganizationMatch,
): ReadonlyMap<string, number> | null {
  return useMemo(
    () => (match.active ? branchTotals(index, (id) => match.offices.get(id)?.matched ?? 0) : null),
    [match, index],
  );
}
