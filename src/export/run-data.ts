/** CSV and JSON: every duty, or only those the current filter matches. */
import { dutyRows, toCsv, toJson } from './data.ts';
import type { ExportContext, ExportFormat, ExportRunner } from './formats.ts';
import { fileNameFor } from './geometry.ts';
import { filterLine } from './picture-text.ts';
import { download, numberFormat } from './run-export.ts';

export const exportCsv: ExportRunner = (context, format) =>
  exportData(context, format, 'text/csv;charset=utf-8', (rows) => toCsv(rows));

export const exportJson: ExportRunner = (context, format) =>
  exportData(context, format, 'application/json', (rows, filter) =>
    toJson(context.view.organization, rows, {
      exportedAt: new Date().toISOString(),
      filter,
      source: context.view.organization.attribution,
    }),
  );

type Rows = ReturnType<typeof dutyRows>;

async function exportData(
  context: ExportContext,
  format: ExportFormat,
  type: string,
  write: (rows: Rows, filter: string | null) => string,
) {
  const { view, match } = context;
  const filtered = context.matchingOnly && match.active;
  const rows = dutyRows(view.organization, filtered ? match : null);
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
  return {
    kind: 'downloaded' as const,
    message: `Downloaded ${fileName} (${numberFormat.format(rows.length)} ${rows.length === 1 ? 'duty' : 'duties'}).`,
  };
}
