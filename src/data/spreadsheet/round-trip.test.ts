/**
 * Export → CSV → open gives the same organisation: units, ids, tree, duty numbers (and so the
 * skipped ones) and texts. Also as a spreadsheet user would touch the file: saved again with
 * semicolons, without the byte-order mark, or as an Excel workbook.
 */
import { describe, expect, it } from 'vitest';
import { generateOrganization } from '../../../scripts/generate-organization.mjs';
import { organizationRows, toCsv } from '../../export/data.ts';
import type { Office, Organization } from '../../model/organization.ts';
import { office, shanghaiCenter } from '../../testing/factories.ts';
import { readOrganizationData } from '../json/read-json.ts';
import { readOrganizationFile } from '../read-organization-file.ts';
import { readCsvFile, splitCsv } from './read-csv.ts';

const exported = (org: Organization) => toCsv(organizationRows(org));

function reopen(org: Organization) {
  const result = readCsvFile(exported(org), { fileName: 'export.csv' });
  expect(result.problems).toEqual([]);
  return result.organization!;
}

/** Every unit with what the round trip must keep, in depth-first order. */
function units(root: Office) {
  const list: {
    id: string;
    name: string;
    parent: string | null;
    duties: string;
    missing: string;
  }[] = [];
  const stack: { office: Office; parent: string | null }[] = [{ office: root, parent: null }];
  while (stack.length > 0) {
    const { office: unit, parent } = stack.pop()!;
    list.push({
      id: unit.id,
      name: unit.name,
      parent,
      duties: unit.duties.map((d) => `${d.number}. ${d.text}`).join(' | '),
      missing: unit.missingNumbers.join(','),
    });
    for (let i = unit.children.length - 1; i >= 0; i--) {
      stack.push({ office: unit.children[i]!, parent: unit.id });
    }
  }
  return list;
}

describe('the CSV export opens again as the same organisation', () => {
  it('for the Center, with its skipped numbers', () => {
    const center = shanghaiCenter();
    expect(center.root.children.some((o) => o.missingNumbers.length > 0)).toBe(true);
    const back = reopen(center);
    expect(back.name).toBe(center.name);
    expect(back.root).toEqual(center.root);
    expect(units(back.root)).toEqual(units(center.root));
  });

  it('for a generated 1,000-unit organisation, with gaps in its numbering', () => {
    const data = readOrganizationData(generateOrganization({ units: 1_000, seed: 7 }));
    const org = data.organization!;
    // Skip numbers in every fifth unit, as sources do, to carry gaps through the file.
    const stack = [org.root];
    let n = 0;
    while (stack.length > 0) {
      const unit = stack.pop()!;
      if (n++ % 5 === 0 && unit.duties.length > 1) {
        unit.duties = unit.duties.map((duty, i) => ({ ...duty, number: i * 2 + 1 }));
        unit.missingNumbers = unit.duties.slice(1).map((duty) => duty.number - 1);
      }
      stack.push(...unit.children);
    }
    const back = reopen(org);
    expect(units(back.root)).toHaveLength(1_000);
    expect(back.root).toEqual(org.root);
    // Generating, exporting and reading 1,000 units: room for a busy machine, not a timing.
  }, 30_000);

  it('for units without duties, cells that look like formulas, quotes and commas', () => {
    const root = office('top', '=Top, "quoted"', [
      office('-1', '-Minus', [], 0),
      office('plus', "'+apostrophe", [office('at', '@Home; and, more', [], 1)], 3),
    ]);
    root.duties[1]!.text = '=SUM(A1) "and" more, with 上海';
    const org = { name: root.name, root, attribution: { title: root.name } };
    expect(reopen(org).root).toEqual(root);
  });

  it('after a spreadsheet saves it again with semicolons, no BOM and one name changed', () => {
    const center = shanghaiCenter();
    const { rows } = splitCsv(exported(center));
    const cell = (value: string) =>
      /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    const resaved = rows
      .filter((row) => row.some((c) => c !== ''))
      .map((row) =>
        row
          .map((value) => cell(value === 'Loan Management Office' ? 'Loans Office' : value))
          .join(';'),
      )
      .join('\n');
    const back = readCsvFile(resaved, { fileName: 'center.csv' });
    expect(back.problems).toEqual([]);
    const loans = back.organization!.root.children.find((o) => o.id === 'loan-management-office')!;
    expect(loans.name).toBe('Loans Office');
    expect(loans.duties).toEqual(
      center.root.children.find((o) => o.id === 'loan-management-office')!.duties,
    );
  });

  it('through the file reader, as the picker opens it', async () => {
    const center = shanghaiCenter();
    const bytes = new TextEncoder().encode(exported(center));
    const result = await readOrganizationFile('center-duties.csv', bytes);
    expect(result.format).toBe('csv');
    expect(result.organization!.root).toEqual(center.root);
    // Without its ending, the header row still says it is a spreadsheet.
    expect((await readOrganizationFile('center-duties', bytes)).format).toBe('csv');
  });
});
