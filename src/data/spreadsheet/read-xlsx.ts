/**
 * The Excel reader: the first sheet of an `.xlsx` workbook, read by read-excel-file, then the
 * shared spreadsheet reader with the same header rules as CSV. The `universal` build of
 * read-excel-file starts no workers of its own, so this runs on the main thread, in a worker
 * or in Node alike. Loaded only when such a file is opened.
 */
import { readSheet } from 'read-excel-file/universal';
import type { ReadResult } from '../input-formats.ts';
import { readTable } from './read-table.ts';

type Cell = string | number | boolean | Date | null | undefined;

/** A cell as text, as the spreadsheet shows it in a plain column: dates as YYYY-MM-DD. */
function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Why read-excel-file refused the bytes, in the words of someone who chose the file. */
function refusal(error: unknown, fileName: string): string {
  const code = (error as { code?: unknown; message?: unknown }).code;
  const text = error instanceof Error ? error.message : String(error);
  if (code === 'XLS_FILE_NOT_SUPPORTED' || /XLS_FILE_NOT_SUPPORTED/.test(text)) {
    return 'This is an old Excel workbook (.xls). Save it as an Excel Workbook (.xlsx) or as CSV UTF-8, and open that.';
  }
  if (!/\.xlsx$/i.test(fileName)) {
    // Chosen by its ZIP signature alone: most likely some other zipped document.
    return 'This is a compressed file (a .zip, or a Word or Excel document) that holds no Excel workbook Orgscope can read. Save the data as an .xlsx, .csv, .json or .txt file.';
  }
  return 'This file cannot be read as an Excel workbook (.xlsx): it may be damaged, or be another kind of file with the same ending. Save it from your spreadsheet as .xlsx or as CSV UTF-8, and open that.';
}

/** The Excel row of the input-format table: the workbook's first sheet. */
export async function readXlsxFile(
  bytes: Uint8Array,
  file: { fileName: string },
): Promise<ReadResult> {
  let sheet: Cell[][];
  try {
    // A copy, so the ArrayBuffer holds exactly the file even when `bytes` is a view into a larger one.
    const buffer = bytes.slice().buffer;
    sheet = (await readSheet(buffer, 1)) as Cell[][];
  } catch (error) {
    return {
      organization: null,
      problems: [{ where: 'file', message: refusal(error, file.fileName) }],
    };
  }
  const rows = sheet.map((row) => row.map(cellText));
  return readTable({ rows, fileName: file.fileName });
}
