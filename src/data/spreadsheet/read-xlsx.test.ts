/**
 * Excel workbooks, written in the test by write-excel-file (a maintained writer by the reader's
 * author), read through the same door as a picked file.
 */
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { organizationRows } from '../../export/data.ts';
import { shanghaiCenter } from '../../testing/factories.ts';
import { readOrganizationFile } from '../read-organization-file.ts';
import { MAX_UNPACKED_BYTES, unpackedSize } from './read-xlsx.ts';

/** A ZIP whose directory lists one file said to unpack to `size` bytes; no data behind it. */
function zipClaiming(size: number): Uint8Array {
  const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
  const bytes = new Uint8Array(30 + 46 + name.length + 22);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x04034b50, true);
  const directory = 30;
  view.setUint32(directory, 0x02014b50, true);
  view.setUint32(directory + 24, size, true);
  view.setUint16(directory + 28, name.length, true);
  bytes.set(name, directory + 46);
  const end = directory + 46 + name.length;
  view.setUint32(end, 0x06054b50, true);
  view.setUint16(end + 8, 1, true);
  view.setUint16(end + 10, 1, true);
  view.setUint32(end + 12, 46 + name.length, true);
  view.setUint32(end + 16, directory, true);
  return bytes;
}

type Value = string | number | Date | null;

async function workbook(sheets: { sheet: string; rows: Value[][] }[]): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(
    sheets.map(({ sheet, rows }) => ({
      sheet,
      data: rows.map((row) => row.map((value) => (value === null ? null : { value }))),
    })),
  ).toBuffer();
  return new Uint8Array(buffer);
}

describe('reading an Excel workbook', () => {
  it('reads the first sheet with the CSV header rules, numbers as text', async () => {
    const bytes = await workbook([
      {
        sheet: 'Units',
        rows: [
          ['Unit ID', 'Reports to', 'Unit name', 'Duty No', 'Duty'],
          [100, null, 'Example Agency', null, null],
          [101, 100, 'Roads Office', 1, 'Plan roads'],
          [101, null, null, 3, 'Repair roads'],
          [102, 100, 'Parks Office', null, 'Plant trees'],
        ],
      },
      { sheet: 'Notes', rows: [['Anything'], ['else']] },
    ]);
    const result = await readOrganizationFile('agency.xlsx', bytes);
    expect(result.format).toBe('xlsx');
    expect(result.problems).toEqual([]);
    const root = result.organization!.root;
    expect(root.id).toBe('100');
    expect(root.name).toBe('Example Agency');
    const [roads, parks] = root.children;
    expect(roads).toMatchObject({
      id: '101',
      duties: [
        { number: 1, text: 'Plan roads' },
        { number: 3, text: 'Repair roads' },
      ],
      missingNumbers: [2],
    });
    expect(parks!.duties).toEqual([{ number: 1, text: 'Plant trees' }]);
  });

  it('is recognised by its bytes when the name says nothing', async () => {
    const bytes = await workbook([{ sheet: 'A', rows: [['Name'], ['Solo Unit']] }]);
    const result = await readOrganizationFile('download', bytes);
    expect(result.format).toBe('xlsx');
    expect(result.organization!.root.name).toBe('Solo Unit');
  });

  it('places problems by row and column, as the sheet shows them', async () => {
    const bytes = await workbook([
      {
        sheet: 'Units',
        rows: [
          ['ID', 'Parent ID', 'Name'],
          [1, null, 'Top'],
          [2, 1, 'Child'],
          [4, 99, 'Orphan'],
        ],
      },
    ]);
    const result = await readOrganizationFile('broken.xlsx', bytes);
    expect(result.organization).toBeNull();
    expect(result.problems).toEqual([
      {
        where: 'row 4, Parent ID',
        message: `parentId "99" matches no unit's id (in unit "Orphan", id "4").`,
      },
    ]);
  });

  it('opens the Center as exported, cell for cell', async () => {
    const center = shanghaiCenter();
    const rows: Value[][] = [['office_id', 'office_name', 'duty_number', 'duty_text', 'parent_id']];
    for (const row of organizationRows(center)) {
      rows.push([row.officeId, row.officeName, row.dutyNumber, row.dutyText, row.parentId]);
    }
    const result = await readOrganizationFile(
      'center.xlsx',
      await workbook([{ sheet: 'Center', rows }]),
    );
    expect(result.problems).toEqual([]);
    expect(result.organization!.root).toEqual(center.root);
  });

  it('refuses a workbook that would unpack to more than the limit, before unpacking it', async () => {
    expect(unpackedSize(zipClaiming(1234))).toBe(1234);
    expect(unpackedSize(zipClaiming(0xffffffff))).toBe(Infinity);
    expect(unpackedSize(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBeNull();
    const bomb = await readOrganizationFile('bomb.xlsx', zipClaiming(MAX_UNPACKED_BYTES + 1));
    expect(bomb.organization).toBeNull();
    expect(bomb.problems[0]!.message).toMatch(/^The workbook would unpack to more than 100 MB/);
    const real = await workbook([{ sheet: 'A', rows: [['Name'], ['Solo Unit']] }]);
    expect(unpackedSize(real)).toBeGreaterThan(0);
    expect(unpackedSize(real)).toBeLessThan(100_000);
  });

  it('says so when a file named .xlsx is not a workbook', async () => {
    const text = await readOrganizationFile('units.xlsx', new TextEncoder().encode('name\nA\n'));
    expect(text.organization).toBeNull();
    expect(text.problems[0]!.message).toMatch(/cannot be read as an Excel workbook/);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await readOrganizationFile('old.xlsx', xls)).problems[0]!.message).toMatch(/\.xls\)/);
    expect((await readOrganizationFile('old.xls', xls)).problems[0]!.message).toMatch(/\.xls/);
  });
});
