import { describe, expect, it } from 'vitest';
import { shanghaiCenter } from '../testing/factories.ts';
import { functionMatrix } from '../search/function-matrix.ts';
import { DUTY_FUNCTIONS } from '../search/functions.ts';
import { matrixCsv } from './matrix-csv.ts';

/** Splits simple CSV (quoted fields without line breaks) into rows of cells. */
function parse(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
        .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
        .slice(0, -1),
    );
}

describe('matrixCsv', () => {
  const center = shanghaiCenter();
  const matrix = functionMatrix(center, new Set());
  const rows = parse(matrixCsv(matrix));

  it('heads the columns with the unit and each function’s label', () => {
    expect(rows[0]).toEqual([
      'unit_id',
      'unit',
      'parent_id',
      'units_included',
      'duties',
      ...DUTY_FUNCTIONS.map((tag) => tag.label),
    ]);
  });

  it('has a line per row of the table with its counts', () => {
    expect(rows).toHaveLength(1 + 13);
    const loans = rows.find((row) => row[0] === 'loan-management-office')!;
    const row = matrix.rows.find((r) => r.unitId === 'loan-management-office')!;
    expect(loans).toEqual([
      row.unitId,
      'Loan Management Office',
      center.root.id,
      '1',
      String(row.duties),
      ...row.counts.map(String),
    ]);
  });

  it('is a spreadsheet-safe file: BOM, CRLF, formulas neutralised', () => {
    const text = matrixCsv({
      ...matrix,
      rows: [{ ...matrix.rows[0]!, name: '=HYPERLINK("x")' }],
    });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain(`,"'=HYPERLINK(""x"")",`);
  });
});
