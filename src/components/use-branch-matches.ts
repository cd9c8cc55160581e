import { createContext, useContext } from 'react';

/** Matching duties per unit, summed over its whole branch; null when no filter is active. */
export const BranchMatchesContext = createContext<ReadonlyMap<string, number> | null>(null);

export const useBranchMatches = () => useContext(BranchMatchesContext);
