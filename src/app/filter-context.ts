import { createContext, useContext, useDeferredValue, useEffect, useMemo } from 'react';
import {
  buildSearchIndex,
  matchOrganization,
  parseQuery,
  type OrganizationMatch,
} from '../search/match.ts';
import { useOrgStore } from '../store/org-store.ts';

/** Marks a keystroke or chip press, so the time to the updated screen can be measured. */
export const FILTER_INPUT_MARK = 'orgscope:filter-input';
/** Measure from a filter input to the frame that shows its result (read by the benchmark). */
export const FILTER_MEASURE = 'orgscope:filter';

export const FilterContext = createContext<OrganizationMatch | null>(null);

/** The current filter's result, computed once for the whole view. */
export function useFilterMatch(): OrganizationMatch {
  const match = useContext(FilterContext);
  if (!match) throw new Error('useFilterMatch needs a FilterContext provider');
  return match;
}

/**
 * Computes the filter's result from the store. Deferred, so typing stays responsive on very large
 * organisations while the chart catches up; for small ones React renders it in the same frame.
 */
export function useComputeFilterMatch(): OrganizationMatch {
  const organization = useOrgStore((s) => s.organization);
  const query = useDeferredValue(useOrgStore((s) => s.query));
  const functions = useDeferredValue(useOrgStore((s) => s.functions));
  const match = useMemo(
    () => matchOrganization(buildSearchIndex(organization), parseQuery(query), functions),
    [organization, query, functions],
  );
  useEffect(() => {
    if (performance.getEntriesByName(FILTER_INPUT_MARK, 'mark').length === 0) return;
    const frame = requestAnimationFrame(() => {
      performance.measure(FILTER_MEASURE, FILTER_INPUT_MARK);
      performance.clearMarks(FILTER_INPUT_MARK);
    });
    return () => cancelAnimationFrame(frame);
  }, [match]);
  return match;
}
