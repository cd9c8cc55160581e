/**
 * A filter result for a large organisation, assembled from the counts its worker-built index
 * sends back (see `duty-index.ts`). Counts are known for every unit at once; the highlighted
 * ranges of a unit are worked out on the page only when something reads them (its card's panel,
 * an export), with the same `matchDuties` small organisations use, so both agree exactly.
 */
import type { OrganizationIndex } from '../model/organization.ts';
import type { CountedMatch } from './count-search.ts';
import type { FilterCounts } from './duty-index.ts';
import { DUTY_FUNCTIONS } from './functions.ts';
import {
  matchDuties,
  type DutyMatch,
  type FunctionMode,
  type OfficeMatch,
  type Query,
} from './match.ts';

const NO_DUTIES: readonly DutyMatch[] = Object.freeze([]);
const NO_IDS: readonly string[] = Object.freeze([]);

/** A read-only map over a per-unit array, indexed by position in depth-first order. */
class ByPosition<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly order: readonly string[],
    private readonly positions: ReadonlyMap<string, number>,
    private readonly valueAt: (position: number) => V,
  ) {}
  get size() {
    return this.order.length;
  }
  get(id: string): V | undefined {
    const at = this.positions.get(id);
    return at === undefined ? undefined : this.valueAt(at);
  }
  has(id: string) {
    return this.positions.has(id);
  }
  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.order.length; i++) yield [this.order[i]!, this.valueAt(i)];
  }
  *keys(): MapIterator<string> {
    yield* this.order;
  }
  *values(): MapIterator<V> {
    for (let i = 0; i < this.order.length; i++) yield this.valueAt(i);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void) {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

const positionCache = new WeakMap<OrganizationIndex, Map<string, number>>();

export function positionsOf(index: OrganizationIndex): Map<string, number> {
  let positions = positionCache.get(index);
  if (!positions) {
    positions = new Map();
    for (let i = 0; i < index.order.length; i++) positions.set(index.order[i]!, i);
    positionCache.set(index, positions);
  }
  return positions;
}

/**
 * The filter result for counts from a unit's index. `query` must be what `input` parses to, and
 * the counts must come from the same organisation in the same depth-first order.
 */
export function countedMatch(
  index: OrganizationIndex,
  counts: FilterCounts,
  query: Query,
  functionIds: readonly string[],
  mode: FunctionMode,
): CountedMatch {
  const known = new Set(functionIds);
  const activeIds = DUTY_FUNCTIONS.filter((tag) => known.has(tag.id)).map((tag) => tag.id);
  const positions = positionsOf(index);
  const details = new Map<number, OfficeMatch>();
  // The ranges (and, in "all of" mode, what a unit misses) of one unit, worked out on demand.
  const detail = (at: number) => {
    let found = details.get(at);
    if (!found) {
      const office = index.byId.get(index.order[at]!)!;
      found = matchDuties(office, query, activeIds, DUTY_FUNCTIONS, mode);
      details.set(at, found);
    }
    return found;
  };
  const officeAt = (at: number): OfficeMatch => {
    const officeId = index.order[at]!;
    const matched = counts.matched[at]!;
    const total = index.byId.get(officeId)!.duties.length;
    const needsDetail = matched > 0 || (mode === 'all' && activeIds.length > 1);
    return {
      officeId,
      matched,
      total,
      get duties() {
        return matched > 0 ? detail(at).duties : NO_DUTIES;
      },
      get missingFunctions() {
        return needsDetail ? detail(at).missingFunctions : NO_IDS;
      },
    };
  };
  const active = query.terms.length > 0 || activeIds.length > 0;
  return {
    active,
    truncated: query.truncated,
    functionIds: activeIds,
    functionMode: mode,
    query,
    offices: active ? new ByPosition(index.order, positions, officeAt) : new Map(),
    matchedOfficeIds: active ? Array.from(counts.matchedUnits, (at) => index.order[at]!) : [],
    matchedDuties: active ? counts.matchedDuties : 0,
    totalDuties: counts.totalDuties,
    branchTotals: new ByPosition(index.order, positions, (at) => counts.branch[at]!),
    reach: counts.reach ? new Map(counts.reach) : null,
  };
}
