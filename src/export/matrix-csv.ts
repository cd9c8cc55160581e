/**
 * The functions table as CSV: one line per row of the table, in source order, with the counts
 * the screen shows. Pure: the runner turns the text into a download.
 */
import type { FunctionMatrix } from '../search/function-matrix.ts';
import { csvDocument } from './data.ts';

/** The columns before one column per function (headed with the function's label). */
export const MATRIX_CSV_COLUMNS = [
  'unit_id',
  'unit',
  'parent_id',
  'units_included',
  'duties',
] as const;

/** The table's rows (not its totals line, which a spreadsheet sums itself) as a CSV file. */
export function matrixCsv(matrix: FunctionMatrix): string {
  return csvDocument(
    [...MATRIX_CSV_COLUMNS, ...matrix.functions.map((tag) => tag.label)],
    matrix.rows.map((row) => [
      row.unitId,
      row.name,
      row.parentId ?? '',
      row.units,
      row.duties,
      ...row.counts,
    ]),
  );
}
