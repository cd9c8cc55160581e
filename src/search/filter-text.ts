/**
 * What the filter bar and the duties panel say about a filter's result, in words. Kept apart
 * from the components so every wording, in both ways of combining functions, is tested.
 */
import { dutyCount, officeCount } from '../model/format.ts';
import { functionById } from './functions.ts';
import { MAX_QUERY_LENGTH, type FunctionMode, type OrganizationMatch } from './match.ts';

/** The words on the "Match" choice for each way of combining functions. */
export const FUNCTION_MODE_LABELS: Readonly<Record<FunctionMode, string>> = {
  any: 'any of',
  all: 'all of',
};

const labelOf = (id: string) => functionById(id)?.label ?? id;

/** "Risk", "Risk and Audit…", "Risk, Loans & credit and Audit…" (labels can hold commas). */
function joinLabels(ids: readonly string[]): string {
  const labels = ids.map(labelOf);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join('; ')} and ${labels.at(-1)}`;
}

/** Whether the result combined two or more functions as "all of". */
export function isAllOf(match: OrganizationMatch): boolean {
  return match.functionMode === 'all' && match.functionIds.length > 1;
}

/**
 * The status line over the chart: "5 offices · 21 duties match", saying when offices had to do
 * all of the functions, and what to try when nothing matches.
 */
export function resultSummary(match: OrganizationMatch): string {
  const offices = match.matchedOfficeIds.length;
  const allOf = isAllOf(match);
  let text: string;
  if (offices === 0) {
    text = allOf
      ? `No office has matching duties in all ${match.functionIds.length} functions. Try “${FUNCTION_MODE_LABELS.any}”, fewer functions or fewer words.`
      : 'No duties match. Try fewer or shorter words, or clear the filters.';
  } else {
    text = `${officeCount(offices)} · ${dutyCount(match.matchedDuties)} match`;
    if (allOf) text += ` (offices with duties in all ${match.functionIds.length} functions)`;
  }
  if (match.truncated) {
    text += ` (only the first ${MAX_QUERY_LENGTH} characters of the filter are used)`;
  }
  return text;
}

/**
 * Why a unit does not match under "all of": "No matching duties in Audit, inspection & discipline",
 * or null when it matches or the functions combine as "any of".
 */
export function missingFunctionsText(missing: readonly string[]): string | null {
  if (missing.length === 0) return null;
  return `No matching duties in ${joinLabels(missing)}, so none count under “${FUNCTION_MODE_LABELS.all}”.`;
}
