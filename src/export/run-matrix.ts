/** The functions table as a CSV download: the rows the table shows, counted as it counts them. */
import { shownCollapsedIds } from '../layout/shown-collapsed.ts';
import { formatCount } from '../model/format.ts';
import { indexOrganization } from '../model/organization.ts';
import { functionMatrix } from '../search/function-matrix.ts';
import type { ExportRunner } from './formats.ts';
import { fileNameFor } from './geometry.ts';
import { matrixCsv } from './matrix-csv.ts';
import { download } from './run-export.ts';

export const exportMatrixCsv: ExportRunner = (context, format) => {
  const { view, match } = context;
  const org = view.organization;
  // The collapse the chart and the table show: a filter opens the branches that hold its matches.
  const collapsed = new Set(shownCollapsedIds(indexOrganization(org), view.collapsedIds, match));
  const matrix = functionMatrix(org, collapsed, match.query);
  const fileName = fileNameFor(
    format,
    org.name,
    new Date(),
    match.query.terms.length > 0 ? 'filtered' : undefined,
  );
  download(new Blob([matrixCsv(matrix)], { type: 'text/csv;charset=utf-8' }), fileName);
  return Promise.resolve({
    kind: 'downloaded' as const,
    message: `Downloaded ${fileName} (${formatCount(matrix.rows.length, 'unit')}).`,
  });
};
