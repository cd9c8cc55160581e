/**
 * The header row of a spreadsheet (CSV, TSV or Excel): which column holds what. Headers are
 * matched the way people write them, whatever their case, spaces, `_` or `-`: `Parent ID`,
 * `parent_id`, `parentId` and `PARENT-ID` are one column.
 */

/** What a column can hold. */
export type Field = 'id' | 'parent' | 'name' | 'number' | 'duty';

/** How a header is compared: lower case, without spaces, `_` or `-`. */
export const headerKey = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_-]+/gu, '');

/** The headers each field goes by, as {@link headerKey} writes them. */
export const FIELD_HEADERS: Readonly<Record<Field, readonly string[]>> = {
  id: ['id', 'unitid', 'officeid', 'departmentid'],
  parent: [
    'parent',
    'parentid',
    'reportsto',
    'parentunit',
    'parentunitid',
    'parentoffice',
    'parentofficeid',
  ],
  name: ['name', 'unit', 'unitname', 'office', 'officename', 'department', 'departmentname'],
  number: ['number', 'dutynumber', 'dutyno', 'no'],
  duty: ['duty', 'duties', 'dutytext', 'responsibility', 'responsibilities'],
};

/** How messages name each field when the file has no such column. */
export const FIELD_LABELS: Readonly<Record<Field, string>> = {
  id: 'ID',
  parent: 'Parent ID',
  name: 'Name',
  number: 'Duty number',
  duty: 'Duty',
};

/**
 * Columns Orgscope writes but does not read back: the functions of a duty follow from its text, so
 * a CSV exported from Orgscope opens again without a warning about them.
 */
const DERIVED_HEADERS = new Set(['functions']);

const FIELD_OF = new Map<string, Field>(
  (Object.entries(FIELD_HEADERS) as [Field, readonly string[]][]).flatMap(([field, keys]) =>
    keys.map((key) => [key, field] as const),
  ),
);

/** A spreadsheet's column letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** One recognised column: where it is and how the file heads it. */
export interface Column {
  index: number;
  /** The header as the file writes it (trimmed), for messages: `row 4, Parent ID`. */
  header: string;
}

export interface HeaderRow {
  columns: Partial<Record<Field, Column>>;
  /** Headed columns that hold nothing Orgscope reads, such as "Phone". */
  unused: Column[];
  /** Two columns claiming one field, such as "Name" and "Unit name". */
  clashes: { field: Field; first: Column; second: Column }[];
}

/** Reads the header row: which column holds each field. */
export function readHeaderRow(cells: readonly string[]): HeaderRow {
  const header: HeaderRow = { columns: {}, unused: [], clashes: [] };
  cells.forEach((cell, index) => {
    const column = { index, header: cell.trim().replace(/^\uFEFF/, '') };
    const key = headerKey(cell);
    if (key === '' || DERIVED_HEADERS.has(key)) return;
    const field = FIELD_OF.get(key);
    if (!field) {
      header.unused.push(column);
      return;
    }
    const first = header.columns[field];
    if (first) header.clashes.push({ field, first, second: column });
    else header.columns[field] = column;
  });
  return header;
}
