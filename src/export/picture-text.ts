/**
 * The words printed around an exported chart: where the data comes from, when it was exported,
 * and which filter was on. Pure, so the picture, the print handbook and the data files agree.
 */
import type { Attribution } from '../model/organization.ts';
import { functionById } from '../search/functions.ts';
import type { FunctionMode } from '../search/match.ts';
import { formatExportDate } from './geometry.ts';
import { describeFilters } from './svg.ts';

/** "Source: {title} ({url}). {note}." — the one line that credits the data, prefix included. */
export function sourceLine(attribution: Attribution): string {
  const url = attribution.url ? ` (${attribution.url})` : '';
  const note = attribution.note ? `. ${attribution.note}.` : '';
  return `Source: ${attribution.title}${url}${note}`;
}

/** "Exported 2 December 2026, 10:00 with Orgscope". */
export function exportedLine(date: Date): string {
  return `Exported ${formatExportDate(date)} with Orgscope`;
}

/** The active filter in words ("Filter: “risk” · Function: Audit…"), or null when none is on. */
export function filterLine(
  query: string,
  functionIds: readonly string[],
  mode: FunctionMode = 'any',
): string | null {
  const labels = functionIds.flatMap((id) => functionById(id)?.label ?? []);
  return describeFilters(query, labels, mode);
}
