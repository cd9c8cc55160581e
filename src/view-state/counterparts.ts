import { useMemo } from 'react';
import {
  counterpartIndex,
  counterpartsOfUnit,
  sharedWork,
  type SharedWork,
  type UnitCounterparts,
} from '../search/counterparts.ts';
import { buildSearchIndex } from '../search/match.ts';
import { useOrgStore } from '../store/org-store.ts';
import { LATER_FROM_DUTIES, usePaintedFor } from './computed-later.ts';

/**
 * True once the organisation's duties can be compared without holding up the view: at once for
 * a small organisation; for a large one, after the view has painted (reading 50,000 duties'
 * words takes a few hundred milliseconds, once per organisation).
 */
function useComparable(): boolean {
  const organization = useOrgStore((s) => s.organization);
  const large = buildSearchIndex(organization).totalDuties >= LATER_FROM_DUTIES;
  return usePaintedFor(organization, large);
}

/** The counterparts of each duty of one unit; null while a large organisation is still read. */
export function useCounterparts(unitId: string): UnitCounterparts | null {
  const organization = useOrgStore((s) => s.organization);
  const ready = useComparable();
  return useMemo(
    () => (ready ? counterpartsOfUnit(counterpartIndex(organization), unitId) : null),
    [ready, organization, unitId],
  );
}

/** The pairs of the given units whose duties overlap most; null while still being worked out. */
export function useSharedWork(unitIds: readonly string[]): readonly SharedWork[] | null {
  const organization = useOrgStore((s) => s.organization);
  const ready = useComparable();
  const key = unitIds.join('\n');
  return useMemo(
    () =>
      ready ? sharedWork(counterpartIndex(organization), key === '' ? [] : key.split('\n')) : null,
    [ready, organization, key],
  );
}
