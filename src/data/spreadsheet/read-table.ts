/**
 * The spreadsheet reader shared by CSV, TSV and Excel: a table of cells (the header row first) in,
 * an organisation or problems out. Each row is a unit, a duty of a unit, or both; consecutive rows
 * of one unit are grouped. The tree is built by the shared flat-list builder, so ids, duplicates,
 * unknown parents and cycles are reported as for JSON, each placed by the row and column a
 * spreadsheet shows (the header is row 1). A file is used whole or not at all; columns that are
 * not read are the only warning.
 */
import { formatNumber } from '../../model/format.ts';
import type { Office, Organization } from '../../model/organization.ts';
import { buildFlatTree } from '../flat-tree.ts';
import type { ReadResult } from '../input-formats.ts';
import {
  MAX_DUTIES_PER_UNIT,
  MAX_DUTY_LENGTH,
  MAX_DUTY_NUMBER,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SKIPPED_NUMBERS,
  MAX_UNITS,
} from '../limits.ts';
import { IdAllocator, normalizeWhitespace } from '../names.ts';
import { collector, finish, quote, type Collector } from '../problems.ts';
import {
  columnLetter,
  FIELD_HEADERS,
  FIELD_LABELS,
  readHeaderRow,
  type Column,
  type Field,
} from './columns.ts';

/** A problem the parser found before the table existed, such as a quote never closed. */
export interface TableProblem {
  /** 1-based row, as a spreadsheet numbers it; undefined for the whole file. */
  row?: number;
  message: string;
}

export interface TableInput {
  /** Every row of the sheet, the header row first; rows may be ragged. */
  rows: readonly (readonly string[])[];
  /** The file's name: several top units go under a root named after it. */
  fileName: string;
  /** Problems the parser found; any of them refuses the file. */
  parseProblems?: readonly TableProblem[];
}

/** One unit as its rows give it. */
interface Group {
  office: Office;
  /** The id as given (trimmed), or undefined for one made from the name. */
  id: string | undefined;
  parent: string | null;
  /** Row of the unit's first row, 1-based. */
  row: number;
  /** How it is matched with the next row: its id, or its name when the file has no id column. */
  key: string | null;
  /** False when the unit cannot be built (no name, say): its rows are reported, not built. */
  usable: boolean;
}

/**
 * Formula defusing undone: Orgscope's CSV export puts an apostrophe before a cell that starts
 * with `=`, `+`, `-` or `@` (and before one that already starts with apostrophes and then one of
 * those), so a spreadsheet shows the text instead of running it. Reading removes that apostrophe,
 * so an exported file reads back exactly.
 */
export const undoFormulaGuard = (cell: string): string =>
  cell.charCodeAt(0) === 0x27 && /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;

const DUTY_NUMBER = /^\d+$/;
/** Whitespace that {@link normalizeWhitespace} would change in a trimmed cell. */
const UNTIDY = /[^\S ]| {2}/u;
/** A trimmed cell with its whitespace normalised; most cells need nothing, so they skip the work. */
const clean = (trimmed: string) => (UNTIDY.test(trimmed) ? normalizeWhitespace(trimmed) : trimmed);
const ID = /^\S+$/;

/** Reads a table whose first non-empty row is the header. */
export function readTable({ rows, fileName, parseProblems = [] }: TableInput): ReadResult {
  const problems = collector();
  for (const problem of parseProblems) {
    problems.add(() => (problem.row === undefined ? '' : `row ${problem.row}`), problem.message);
  }
  const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
  const headerIndex = rows.findIndex((row) => !isBlank(row));
  if (headerIndex === -1) {
    problems.add(() => '', 'The file has no rows.');
    return result(null, problems);
  }
  const header = readHeaderRow(rows[headerIndex]!);
  const headerRow = headerIndex + 1;
  const { columns } = header;
  for (const { field, first, second } of header.clashes) {
    problems.add(
      () => `row ${headerRow}, ${second.header}`,
      `Columns ${columnLetter(first.index)} (${first.header}) and ${columnLetter(second.index)} (${second.header}) both give the ${FIELD_LABELS[field].toLowerCase()}; keep one.`,
    );
  }
  if (!columns.name) {
    const found = rows[headerIndex]!.filter((cell) => cell.trim() !== '')
      .slice(0, 6)
      .map((cell) => quote(cell.trim(), 30));
    problems.add(
      () => `row ${headerRow}`,
      `No column gives the units' names. The first row must be a header such as "ID, Parent ID, Name, Duty number, Duty" (a name column, headed ${FIELD_HEADERS.name
        .slice(0, 3)
        .map((h) => `"${h}"`)
        .join(', ')} or similar, is required); found ${found.join(', ')}.`,
    );
    return result(null, problems);
  }
  if (problems.total > 0) return result(null, problems);

  const byName = columns.id === undefined;
  const cell = (row: readonly string[], field: Field): string => {
    const column = columns[field];
    return column ? undoFormulaGuard(row[column.index] ?? '').trim() : '';
  };
  const at = (row: number, field: Field) => {
    const column = columns[field];
    return column ? `row ${row}, ${column.header}` : `row ${row}`;
  };

  const groups: Group[] = [];
  /** Units by key, for names repeated when names are the keys. */
  const seenKeys = new Map<string, number>();
  let current: Group | null = null;
  let skipped = 0;
  let previousNumber = 0;

  for (let r = headerIndex + 1; r < rows.length && !problems.full; r++) {
    const row = rows[r]!;
    const rowNumber = r + 1;
    if (isBlank(row)) continue;
    const id = cell(row, 'id');
    const name = clean(cell(row, 'name'));
    const parent = byName ? clean(cell(row, 'parent')) : cell(row, 'parent');
    const key = byName ? name || null : id || (name ? `\u0000${name}` : null);
    const continues = current !== null && (key === null || key === current.key);

    if (!continues) {
      if (groups.length >= MAX_UNITS) {
        problems.add(
          () => `row ${rowNumber}`,
          `The file has more than ${formatNumber(MAX_UNITS)} units; the limit is ${formatNumber(MAX_UNITS)}.`,
        );
        break;
      }
      current = startUnit(rowNumber, id, name, parent, key);
      groups.push(current);
      previousNumber = 0;
    } else if (current) {
      if (name && name !== current.office.name) {
        problems.add(
          () => at(rowNumber, 'name'),
          `Unit ${quote(current!.id ?? current!.office.name)} is named ${quote(current!.office.name)} in row ${current!.row}; give each unit one name, or a new id.`,
        );
      }
      if (parent && parent !== (current.parent ?? '')) {
        problems.add(
          () => at(rowNumber, 'parent'),
          `Unit ${quote(current!.id ?? current!.office.name)} has parent ${quote(current!.parent ?? '(none)')} in row ${current!.row}; give each unit one parent.`,
        );
      }
    }
    if (current) readDuty(row, rowNumber, current);
  }

  function startUnit(
    rowNumber: number,
    id: string,
    name: string,
    parent: string,
    key: string | null,
  ): Group {
    const office: Office = { id: '', name, duties: [], missingNumbers: [], children: [] };
    const group: Group = {
      office,
      id: byName ? name : id || undefined,
      parent: parent || null,
      row: rowNumber,
      key,
      usable: true,
    };
    if (!name) {
      problems.add(
        () => at(rowNumber, 'name'),
        byName || !id
          ? 'Name is empty: give the unit a name, or leave the whole row empty.'
          : `Name is empty (in unit with id ${quote(id)}).`,
      );
      group.usable = false;
    } else if (name.length > MAX_NAME_LENGTH) {
      problems.add(
        () => at(rowNumber, 'name'),
        `Name is ${formatNumber(name.length)} characters long; the limit is ${formatNumber(MAX_NAME_LENGTH)}.`,
      );
    }
    if (!byName && id) {
      if (id.length > MAX_ID_LENGTH) {
        problems.add(
          () => at(rowNumber, 'id'),
          `Id is ${formatNumber(id.length)} characters long; the limit is ${formatNumber(MAX_ID_LENGTH)}.`,
        );
      } else if (!ID.test(id)) {
        problems.add(
          () => at(rowNumber, 'id'),
          `Id ${quote(id)} must be one word, without spaces.`,
        );
      }
    }
    if (byName && name) {
      const first = seenKeys.get(name);
      if (first !== undefined) {
        problems.add(
          () => at(rowNumber, 'name'),
          `Unit ${quote(name)} is already listed in row ${first}: without an ID column, units are known by their names, so names must be unique (or add an ID column).`,
        );
        group.usable = false;
      } else {
        seenKeys.set(name, rowNumber);
      }
    }
    return group;
  }

  function readDuty(row: readonly string[], rowNumber: number, group: Group): void {
    const numberText = cell(row, 'number');
    const text = clean(cell(row, 'duty'));
    if (!numberText && !text) return;
    const { office } = group;
    const unitName = quote(office.name);
    if (!text) {
      problems.add(
        () => at(rowNumber, 'duty'),
        `Duty ${numberText} of unit ${unitName} has no text; give its text, or leave its number out.`,
      );
      return;
    }
    if (text.length > MAX_DUTY_LENGTH) {
      problems.add(
        () => at(rowNumber, 'duty'),
        `The duty is ${formatNumber(text.length)} characters long; the limit is ${formatNumber(MAX_DUTY_LENGTH)}.`,
      );
      return;
    }
    if (office.duties.length >= MAX_DUTIES_PER_UNIT) {
      if (office.duties.length === MAX_DUTIES_PER_UNIT) {
        problems.add(
          () => at(rowNumber, 'duty'),
          `Unit ${unitName} has more than ${formatNumber(MAX_DUTIES_PER_UNIT)} duties; the limit is ${formatNumber(MAX_DUTIES_PER_UNIT)}.`,
        );
        office.duties.push({ number: previousNumber + 1, text });
      }
      return;
    }
    let number = previousNumber + 1;
    if (numberText) {
      if (!DUTY_NUMBER.test(numberText)) {
        problems.add(
          () => at(rowNumber, 'number'),
          `Duty number ${quote(numberText)} is not a whole number such as 1, 2 or 3.`,
        );
        return;
      }
      number = Number(numberText);
      if (number <= previousNumber) {
        problems.add(
          () => at(rowNumber, 'number'),
          `Duty ${office.duties.length + 1} of unit ${unitName} is numbered ${formatNumber(number)}, after ${formatNumber(previousNumber)}: numbers must increase within a unit.`,
        );
        return;
      }
    }
    if (number < 1 || number > MAX_DUTY_NUMBER) {
      problems.add(
        () => at(rowNumber, numberText ? 'number' : 'duty'),
        `Duty ${office.duties.length + 1} of unit ${unitName} would be numbered ${formatNumber(number)}; duty numbers go from 1 to ${formatNumber(MAX_DUTY_NUMBER)}.`,
      );
      return;
    }
    const gap = number - previousNumber - 1;
    if (gap > 0) {
      skipped += gap;
      if (skipped > MAX_SKIPPED_NUMBERS && skipped - gap <= MAX_SKIPPED_NUMBERS) {
        problems.add(
          () => at(rowNumber, 'number'),
          `The duty numbering skips more than ${formatNumber(MAX_SKIPPED_NUMBERS)} numbers in all; number duties 1, 2, 3, … or leave the numbers out.`,
        );
      }
      if (skipped <= MAX_SKIPPED_NUMBERS) {
        for (let n = previousNumber + 1; n < number; n++) office.missingNumbers.push(n);
      }
    }
    office.duties.push({ number, text });
    previousNumber = number;
  }

  if (groups.length === 0 && problems.total === 0) {
    problems.add(() => `row ${headerRow + 1}`, 'The file has a header row but no units below it.');
  }
  if (problems.total > 0 || problems.full) return result(null, problems);

  const organizationName =
    normalizeWhitespace(fileName.replace(/\.[^.]*$/, '').replace(/[_]+/g, ' ')) || 'Organisation';
  const root = buildFlatTree({
    count: groups.length,
    unitAt(i) {
      const group = groups[i]!;
      return {
        office: group.usable ? group.office : null,
        id: group.id,
        parentId: group.parent,
        context: byName
          ? ''
          : `(in unit ${quote(group.office.name)}${group.id ? `, id ${quote(group.id)}` : ''})`,
      };
    },
    where: (i, field) => {
      const row = groups[i]!.row;
      if (field === 'parentId') return at(row, 'parent');
      return field === 'id' ? at(row, byName ? 'name' : 'id') : `row ${row}`;
    },
    whereList: `row ${headerRow}, ${columns.parent?.header ?? FIELD_LABELS.parent}`,
    rootHint: `leave ${columns.parent?.header ?? FIELD_LABELS.parent} empty on the top unit`,
    organizationName,
    problems,
  });
  if (!root || problems.total > 0) return result(null, problems);
  if (byName) giveIdsFromNames(root);

  const organization: Organization = {
    name: root.name,
    root,
    attribution: { title: root.name },
  };
  return result(organization, problems, unusedWarnings(header.unused, headerRow));
}

/** Without an id column, names were the keys; the units get ids made from them, as text does. */
function giveIdsFromNames(root: Office): void {
  const ids = new IdAllocator();
  const stack: Office[] = [root];
  let n = 0;
  while (stack.length > 0) {
    const office = stack.pop()!;
    office.id = ids.allocate(office.name, n === 0 ? 'organization' : `unit-${n}`);
    n++;
    for (let i = office.children.length - 1; i >= 0; i--) stack.push(office.children[i]!);
  }
}

function unusedWarnings(unused: readonly Column[], headerRow: number) {
  if (unused.length === 0) return [];
  const named = unused
    .slice(0, 5)
    .map((column) => `${quote(column.header, 30)} (${columnLetter(column.index)})`);
  if (unused.length > 5) named.push(`and ${formatNumber(unused.length - 5)} more`);
  const plural = unused.length > 1;
  return [
    {
      where: `row ${headerRow}`,
      message: `Column${plural ? 's' : ''} ${named.join(', ')} ${plural ? 'are' : 'is'} not read: Orgscope reads ID, Parent ID, Name, Duty number and Duty.`,
    },
  ];
}

/** The row a problem names, 0 for the file as a whole. */
const rowOf = (path: string) => Number(/^row (\d+)/.exec(path)?.[1] ?? 0);

function result(
  organization: Organization | null,
  problems: Collector,
  warnings: ReadResult['problems'] = [],
): ReadResult {
  // In the order of the rows, as someone going down the sheet fixes them.
  problems.list.sort((a, b) => rowOf(a.path) - rowOf(b.path));
  return {
    organization,
    problems: [
      ...finish(problems).map((p) => ({ where: p.path || 'file', message: p.message })),
      ...warnings,
    ],
  };
}
