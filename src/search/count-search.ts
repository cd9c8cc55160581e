/**
 * Which organisations are filtered by a worker-built index (`duty-index.ts`) rather than on the
 * page, and what their filter results carry. Kept apart from `counted-match.ts`, which assembles
 * those results, so the first download holds only this registry.
 */
import type { Organization } from '../model/organization.ts';
import type { FilterCounts } from './duty-index.ts';
import type { FunctionReach } from './function-counts.ts';
import type { FunctionMode, OrganizationMatch } from './match.ts';

/** Asks an organisation's index (in its worker) what a filter matches. */
export interface CountSearch {
  /** Resolves null when a newer filter was asked for before this one was counted. */
  count(
    input: string,
    functionIds: readonly string[],
    mode: FunctionMode,
  ): Promise<FilterCounts | null>;
  /** Settles once every function is indexed, so the chips can be counted. */
  functionsIndexed: Promise<void>;
}

const searches = new WeakMap<Organization, CountSearch>();

/** Registers the worker-built index that answers for an organisation too large to match here. */
export function registerCountSearch(organization: Organization, search: CountSearch): void {
  searches.set(organization, search);
}

/** The organisation's worker-built index, or undefined when it is matched on the page. */
export function countSearchOf(organization: Organization): CountSearch | undefined {
  return searches.get(organization);
}

/** Filter results that carry their branch totals, summed where the index lives. */
export interface CountedMatch extends OrganizationMatch {
  readonly branchTotals: ReadonlyMap<string, number>;
  /** What each function chip would match with the query; null while functions are indexed. */
  readonly reach: ReadonlyMap<string, FunctionReach> | null;
}

/** Whether a filter result carries the totals its index worked out. */
export function isCountedMatch(match: OrganizationMatch): match is CountedMatch {
  return 'branchTotals' in match;
}
