/**
 * The duties as data: one row per duty, written out as CSV for spreadsheets or JSON for programs.
 * Pure: the adapter only turns the returned strings into a download.
 */
import { indexOrganization, type Attribution, type Organization } from '../model/organization.ts';
import { DUTY_FUNCTIONS, functionById } from '../search/functions.ts';
import { functionsOfOfficeDuty } from '../search/function-counts.ts';
import type { OrganizationMatch } from '../search/match.ts';

export interface DutyRow {
  officeId: string;
  officeName: string;
  /** The unit above this one; null for the organisation itself. */
  parentId: string | null;
  /** The number the source gives the duty. */
  dutyNumber: number;
  dutyText: string;
  /** Ids of every function the duty belongs to (not only the active ones), in palette order. */
  functions: string[];
}

/**
 * Every duty, unit by unit in depth-first source order; under an active filter, only the duties
 * that match it.
 */
export function dutyRows(org: Organization, match: OrganizationMatch | null): DutyRow[] {
  const index = indexOrganization(org);
  const filter = match?.active ? match : null;
  const rows: DutyRow[] = [];
  for (const id of index.order) {
    const office = index.byId.get(id)!;
    const indices = filter
      ? (filter.offices.get(id)?.duties.map((d) => d.index) ?? [])
      : office.duties.map((_, i) => i);
    for (const i of indices) {
      const duty = office.duties[i];
      if (!duty) continue;
      rows.push({
        officeId: office.id,
        officeName: office.name,
        parentId: index.parentOf.get(id) ?? null,
        dutyNumber: duty.number,
        dutyText: duty.text,
        functions: functionsOfOfficeDuty(office, i),
      });
    }
  }
  return rows;
}

/**
 * A row of the CSV export: a duty, or a unit that has none (its duty fields empty), so the file
 * holds every unit and opens again as the same organisation.
 */
export type CsvRow =
  DutyRow | (Omit<DutyRow, 'dutyNumber' | 'dutyText'> & { dutyNumber: null; dutyText: null });

/**
 * The whole organisation as CSV rows: every unit in depth-first source order, one row per duty
 * and one row for a unit without duties. Read back by the spreadsheet reader, it gives the same
 * units, ids, tree, duty numbers (so the skipped numbers too) and texts.
 */
export function organizationRows(org: Organization): CsvRow[] {
  const index = indexOrganization(org);
  const rows: CsvRow[] = [];
  for (const id of index.order) {
    const office = index.byId.get(id)!;
    const unit = {
      officeId: office.id,
      officeName: office.name,
      parentId: index.parentOf.get(id) ?? null,
    };
    if (office.duties.length === 0) {
      rows.push({ ...unit, dutyNumber: null, dutyText: null, functions: [] });
    }
    office.duties.forEach((duty, i) => {
      rows.push({
        ...unit,
        dutyNumber: duty.number,
        dutyText: duty.text,
        functions: functionsOfOfficeDuty(office, i),
      });
    });
  }
  return rows;
}

/** The CSV's columns; `parent_id` comes last so the first five stay put if more are added. */
export const CSV_COLUMNS = [
  'office_id',
  'office_name',
  'duty_number',
  'duty_text',
  'functions',
  'parent_id',
] as const;

/** Tells Excel the file is UTF-8; without it Chinese text and curly quotes come out garbled. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A cell a spreadsheet would not run as a formula: text starting with `=`, `+`, `-`, `@`, tab or
 * CR gets a leading apostrophe (OWASP's advice on CSV injection). Numbers are left alone. Text
 * that already starts with apostrophes and then one of those gets one more, so the spreadsheet
 * reader, which takes one such apostrophe off, reads every cell back exactly.
 */
export function neutraliseFormula(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** A CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Function labels for a row's ids; an id no longer known is kept as it is rather than lost. */
function functionLabels(ids: readonly string[]): string {
  return ids.map((id) => functionById(id)?.label ?? id).join('; ');
}

/**
 * The rows as an RFC 4180 CSV file with a header row, CRLF line ends and a UTF-8 byte-order mark.
 * Functions are listed by label, separated by "; " (labels can hold commas).
 */
export function toCsv(rows: readonly CsvRow[]): string {
  return csvDocument(
    CSV_COLUMNS,
    rows.map((row) => [
      row.officeId,
      row.officeName,
      row.dutyNumber ?? '',
      row.dutyText ?? '',
      functionLabels(row.functions),
      row.parentId ?? '',
    ]),
  );
}

/**
 * Any table as an RFC 4180 CSV file for spreadsheets: a header row, CRLF line ends, a UTF-8
 * byte-order mark; text cells guarded against formulas and quoted as needed, numbers as they are.
 */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cell = (value: string | number) =>
    typeof value === 'number' ? String(value) : csvField(neutraliseFormula(value));
  const lines = [header.map(cell).join(',')];
  for (const row of rows) lines.push(row.map(cell).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}

export interface JsonExportMeta {
  /** ISO 8601 time of the export. */
  exportedAt: string;
  /** The filter in words (see `describeFilters`), or null when the export holds every duty. */
  filter: string | null;
  source: Pick<Attribution, 'title' | 'url' | 'note'>;
}

export interface JsonDuty {
  number: number;
  text: string;
  /** Function ids; `functions` at the top level gives their labels. */
  functions: string[];
}

export interface JsonOffice {
  id: string;
  name: string;
  parentId: string | null;
  duties: JsonDuty[];
}

export interface JsonExport {
  organization: string;
  source: { title: string; url?: string; note?: string };
  exportedAt: string;
  filter: string | null;
  dutyCount: number;
  /** The functions the duties refer to, in palette order: a legend for the ids. */
  functions: { id: string; label: string }[];
  offices: JsonOffice[];
}

/** The export's content before it becomes text, for callers and tests that want the object. */
export function toJsonExport(
  org: Organization,
  rows: readonly DutyRow[],
  meta: JsonExportMeta,
): JsonExport {
  const offices = new Map<string, JsonOffice>();
  const used = new Set<string>();
  for (const row of rows) {
    let office = offices.get(row.officeId);
    if (!office) {
      office = { id: row.officeId, name: row.officeName, parentId: row.parentId, duties: [] };
      offices.set(row.officeId, office);
    }
    office.duties.push({
      number: row.dutyNumber,
      text: row.dutyText,
      functions: [...row.functions],
    });
    for (const id of row.functions) used.add(id);
  }
  const known = DUTY_FUNCTIONS.filter((tag) => used.has(tag.id)).map(({ id, label }) => ({
    id,
    label,
  }));
  const unknown = [...used].filter((id) => !functionById(id)).map((id) => ({ id, label: id }));
  const source: JsonExport['source'] = { title: meta.source.title };
  if (meta.source.url !== undefined) source.url = meta.source.url;
  if (meta.source.note !== undefined) source.note = meta.source.note;
  return {
    organization: org.name,
    source,
    exportedAt: meta.exportedAt,
    filter: meta.filter,
    dutyCount: rows.length,
    functions: [...known, ...unknown],
    offices: [...offices.values()],
  };
}

/** The rows as pretty-printed JSON, grouped by unit in the rows' order. */
export function toJson(org: Organization, rows: readonly DutyRow[], meta: JsonExportMeta): string {
  return `${JSON.stringify(toJsonExport(org, rows, meta), null, 2)}\n`;
}
