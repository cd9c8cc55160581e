import { createContext, useContext, useDeferredValue, useLayoutEffect, useMemo } from 'react';
import { FILTER_COMMIT_MEASURE, FILTER_INPUT_MARK, FILTER_MEASURE } from '../performance-marks.mjs';
import {
  buildSearchIndex,
  matchOrganization,
  parseQuery,
  type OrganizationMatch,
} from '../search/match.ts';
import { useOrgStore } from '../store/org-store.ts';

export const FilterContext = createContext<OrganizationMatch | null>(null);

/** The current filter's result, computed once for the whole view. */
export function useFilterMatch(): OrganizationMatch {
  const match = useContext(FilterContext);
  if (!match) throw new Error('useFilterMatch needs a FilterContext provider');
  return match;
}

/** From this many duties, filtering runs behind typing rather than in the same frame. */
const DEFER_FROM_DUTIES = 5_000;

/**
 * Computes the filter's result from the store. For large organisations the query is deferred, so
 * typing stays responsive while the chart catches up; small ones update in the same frame.
 */
export function useComputeFilterMatch(): OrganizationMatch {
  const organization = useOrgStore((s) => s.organization);
  const query = useOrgStore((s) => s.query);
  const functions = useOrgStore((s) => s.functions);
  const functionMode = useOrgStore((s) => s.functionMode);
  const deferredQuery = useDeferredValue(query);
  const deferredFunctions = useDeferredValue(functions);
  const deferredMode = useDeferredValue(functionMode);
  const index = buildSearchIndex(organization);
  const defer = index.totalDuties >= DEFER_FROM_DUTIES;
  const activeQuery = defer ? deferredQuery : query;
  const activeFunctions = defer ? deferredFunctions : functions;
  const activeMode = defer ? deferredMode : functionMode;
  // Parsed apart from the functions, so toggling a chip keeps the same query object (and the
  // chips' counts, which follow it, are not worked out again).
  const parsedQuery = useMemo(() => parseQuery(activeQuery), [activeQuery]);
  const match = useMemo(
    () => matchOrganization(index, parsedQuery, activeFunctions, activeMode),
    [index, parsedQuery, activeFunctions, activeMode],
  );
  useLayoutEffect(() => {
    if (performance.getEntriesByName(FILTER_INPUT_MARK, 'mark').length === 0) return;
    performance.measure(FILTER_COMMIT_MEASURE, FILTER_INPUT_MARK);
    // The next frame's callback runs before that frame paints; a task queued from it runs after,
    // so the measure ends once the filtered chart is on screen.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        performance.measure(FILTER_MEASURE, FILTER_INPUT_MARK);
        performance.clearMarks(FILTER_INPUT_MARK);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [match]);
  return match;
}
