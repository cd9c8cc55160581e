import {
  createContext,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { FILTER_COMMIT_MEASURE, FILTER_INPUT_MARK, FILTER_MEASURE } from '../performance-marks.mjs';
import { countDuties, indexOrganization, type Organization } from '../model/organization.ts';
import { countSearchOf, type CountSearch } from '../search/count-search.ts';
import {
  buildSearchIndex,
  EMPTY_QUERY,
  matchOrganization,
  parseQuery,
  type FunctionMode,
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

const unfiltered = new WeakMap<Organization, OrganizationMatch>();

/** The result of no filter, while the first answer from a worker is on its way. */
function unfilteredMatch(organization: Organization): OrganizationMatch {
  let match = unfiltered.get(organization);
  if (!match) {
    match = {
      active: false,
      truncated: false,
      functionIds: [],
      functionMode: 'any',
      query: EMPTY_QUERY,
      offices: new Map(),
      matchedOfficeIds: [],
      matchedDuties: 0,
      totalDuties: countDuties(organization),
    };
    unfiltered.set(organization, match);
  }
  return match;
}

/**
 * The filter result of an organisation whose worker counts its matches (see `counted-match.ts`):
 * asked for on every change, shown when it arrives. Until then the previous result stays, as a
 * deferred value would.
 */
function useCountedMatch(
  search: CountSearch | undefined,
  organization: Organization,
  query: string,
  functions: readonly string[],
  mode: FunctionMode,
): OrganizationMatch | null {
  const [answer, setAnswer] = useState<{
    organization: Organization;
    match: OrganizationMatch;
  } | null>(null);
  // Bumped once every function is indexed, so the chips get their counts.
  const [indexed, setIndexed] = useState<CountSearch | null>(null);
  useEffect(() => {
    if (!search) return;
    let live = true;
    search.functionsIndexed.then(
      () => live && setIndexed(search),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [search]);
  useEffect(() => {
    if (!search) return;
    let live = true;
    // The assembly loads with the first answer: only organisations this large need it.
    Promise.all([search.count(query, functions, mode), import('../search/counted-match.ts')]).then(
      ([counts, { countedMatch }]) => {
        if (!live || !counts) return;
        const match = countedMatch(
          indexOrganization(organization),
          counts,
          parseQuery(query),
          functions,
          mode,
        );
        setAnswer({ organization, match });
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [search, organization, query, functions, mode, indexed]);
  if (!search) return null;
  return answer?.organization === organization ? answer.match : unfilteredMatch(organization);
}

/**
 * Computes the filter's result from the store. For large organisations the query is deferred, so
 * typing stays responsive while the chart catches up; small ones update in the same frame. The
 * largest are counted by their worker, and only the units on screen are matched here.
 */
export function useComputeFilterMatch(): OrganizationMatch {
  const organization = useOrgStore((s) => s.organization);
  const query = useOrgStore((s) => s.query);
  const functions = useOrgStore((s) => s.functions);
  const functionMode = useOrgStore((s) => s.functionMode);
  const deferredQuery = useDeferredValue(query);
  const deferredFunctions = useDeferredValue(functions);
  const deferredMode = useDeferredValue(functionMode);
  const search = countSearchOf(organization);
  const index = search ? null : buildSearchIndex(organization);
  const defer = index !== null && index.totalDuties >= DEFER_FROM_DUTIES;
  const activeQuery = defer ? deferredQuery : query;
  const activeFunctions = defer ? deferredFunctions : functions;
  const activeMode = defer ? deferredMode : functionMode;
  // Parsed apart from the functions, so toggling a chip keeps the same query object (and the
  // chips' counts, which follow it, are not worked out again).
  const parsedQuery = useMemo(() => parseQuery(activeQuery), [activeQuery]);
  const localMatch = useMemo(
    () => index && matchOrganization(index, parsedQuery, activeFunctions, activeMode),
    [index, parsedQuery, activeFunctions, activeMode],
  );
  const countedResult = useCountedMatch(search, organization, query, functions, functionMode);
  const match = localMatch ?? countedResult ?? unfilteredMatch(organization);
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
