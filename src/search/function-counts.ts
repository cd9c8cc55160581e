/**
 * Counting duties by function: an office's function profile (the bar on its card), what each
 * function chip would match, and the functions of one duty. Built on the search index in
 * `match.ts`, so each duty's function ranges are worked out once.
 */
import type { Office, Organization } from '../model/organization.ts';
import { DUTY_FUNCTIONS, type DutyFunction } from './functions.ts';
import {
  buildSearchIndex,
  indexOffice,
  isEmptyQuery,
  matchText,
  rangesOfFunction,
  type IndexedOffice,
  type Query,
  type SearchIndex,
} from './match.ts';

export interface FunctionCount {
  id: string;
  count: number;
}

/**
 * How many of an office's duties belong to each function, for the functions that occur at
 * all, in the functions' order (a duty in two functions counts for both).
 */
export function functionProfile(
  office: Office,
  tags: readonly DutyFunction[] = DUTY_FUNCTIONS,
): readonly FunctionCount[] {
  if (tags !== DUTY_FUNCTIONS) return profileOf(office, tags);
  let profile = profiles.get(office);
  if (!profile) {
    profile = profileOf(office, tags);
    profiles.set(office, profile);
  }
  return profile;
}

/** Each office's profile by the app's functions: worked out once, when its card is first drawn. */
const profiles = new WeakMap<Office, FunctionCount[]>();

function profileOf(office: Office, tags: readonly DutyFunction[]): FunctionCount[] {
  const indexed = indexOffice(office);
  const profile: FunctionCount[] = [];
  for (const tag of tags) {
    const count = rangesOfFunction(indexed, tag).filter((ranges) => ranges.length > 0).length;
    if (count > 0) profile.push({ id: tag.id, count });
  }
  return profile;
}

export interface FunctionReach {
  readonly offices: number;
  readonly duties: number;
}

/**
 * What one office adds to the function counts: how many of its duties match `query`, and how
 * many of those fall in each function of `tags` (a duty in two functions counts for both). The
 * chips and the functions table both count with this, so their numbers always agree.
 */
export function officeFunctionCounts(
  office: IndexedOffice,
  query: Query,
  tags: readonly DutyFunction[],
): { duties: number; counts: number[] } {
  const queryActive = !isEmptyQuery(query);
  const matching = office.duties.map(
    (duty) => !queryActive || matchText(duty.text, query) !== null,
  );
  let duties = 0;
  for (const found of matching) if (found) duties++;
  const counts = tags.map((tag) => {
    let count = 0;
    rangesOfFunction(office, tag).forEach((found, i) => {
      if (found.length > 0 && matching[i]) count++;
    });
    return count;
  });
  return { duties, counts };
}

/**
 * For each function, how many duties (and offices) it would match together with `query`:
 * the counts a function chip shows before it is pressed.
 */
export function functionReach(
  source: Organization | SearchIndex,
  query: Query,
): ReadonlyMap<string, FunctionReach> {
  const index = 'offices' in source ? source : buildSearchIndex(source);
  const reach = new Map<string, { offices: number; duties: number }>();
  for (const tag of index.tags) reach.set(tag.id, { offices: 0, duties: 0 });
  for (const office of index.offices) {
    const { counts } = officeFunctionCounts(office, query, index.tags);
    counts.forEach((duties, t) => {
      if (duties === 0) return;
      const entry = reach.get(index.tags[t]!.id)!;
      entry.duties += duties;
      entry.offices += 1;
    });
  }
  return reach;
}

/** Every function one duty of an office belongs to (not just the active ones), in palette order. */
export function functionsOfOfficeDuty(
  office: Office,
  dutyIndex: number,
  tags: readonly DutyFunction[] = DUTY_FUNCTIONS,
): string[] {
  const indexed = indexOffice(office);
  return tags
    .filter((tag) => (rangesOfFunction(indexed, tag)[dutyIndex]?.length ?? 0) > 0)
    .map((tag) => tag.id);
}
