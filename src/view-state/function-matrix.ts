import { useMemo } from 'react';
import { shownCollapsedIds } from '../layout/shown-collapsed.ts';
import { functionMatrix, type FunctionMatrix } from '../search/function-matrix.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import { useFilterMatch } from './filter-context.ts';

/**
 * The functions table for the view: the units the chart shows (a filter opens the branches that
 * hold its matches, as on the chart), counted with the words the chart is filtered by.
 */
export function useFunctionMatrix(): FunctionMatrix {
  const organization = useOrgStore((s) => s.organization);
  const collapsedIds = useOrgStore((s) => s.collapsedIds);
  const index = useOrgStore(selectIndex);
  const match = useFilterMatch();
  const shown = useMemo(
    () => shownCollapsedIds(index, collapsedIds, match).join('\n'),
    [index, collapsedIds, match],
  );
  const query = match.query;
  return useMemo(
    () => functionMatrix(organization, new Set(shown === '' ? [] : shown.split('\n')), query),
    [organization, shown, query],
  );
}
