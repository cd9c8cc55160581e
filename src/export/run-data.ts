/** CSV and JSON: every duty, or only those the current filter matches. */
import { dutyRows, organizationRows, toCsv, toJson, type CsvRow } from './data.ts';
import type { ExportContext, ExportFormat, ExportRunner } from './formats.ts';
import { fileNameFor } from './geometry.ts';
import { filterLine } from './picture-text.ts';
import { download, numberFormat } from './run-export.ts';

/**
 * CSV: the whole organisation (a unit without duties gets a row too), so the file opens again as
 * the same organisation; under "matching duties only", just those duties.
 */
export const exportCsv: ExportRunner = (context, format) =>
  exportData(context, format, 'text/csv;charset=utf-8', (rows) => toCsv(rows), organizationRows);

export const exportJson: ExportRunner = (context, format) =>
  exportData(
    context,
    format,
    'application/json',
    (rows, filter) =>
      toJson(context.view.organization, rows as ReturnType<typeof dutyRows>, {
        exportedAt: new Date().toISOString(),
        filter,
        source: context.view.organization.attribution,
      }),
    (org) => dutyRows(org, null),
  );

/**
 * Writes the data file: `everything` gives the rows of an unfiltered export; a filtered export
 * holds only the matching duties.
 */
async function exportData(
  context: ExportContext,
  format: ExportFormat,
  type: string,
  write: (rows: CsvRow[], filter: string | null) => string,
  everything: (org: ExportContext['view']['organization']) => CsvRow[],
) {
  const { view, match } = context;
  const filtered = context.matchingOnly && match.active;
  const rows = filtered ? dutyRows(view.organization, match) : everything(view.organization);
  const text = write(
    rows,
    filtered ? filterLine(view.query, view.functions, match.functionMode) : null,
  );
  const fileName = fileNameFor(
    format,
    view.organization.name,
    new Date(),
    filtered ? 'filtered' : undefined,
  );
  download(new Blob([text], { type }), fileName);
  const duties = rows.filter((row) => row.dutyNumber !== null).length;
  return {
    kind: 'downloaded' as const,
    message: `Downloaded ${fileName} (${numberFormat.format(duties)} ${duties === 1 ? 'duty' : 'duties'}).`,
  };
}
