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

/**
 * Most bytes a workbook may unpack to. A 5 MB workbook of real text unpacks to a few tens of MB;
 * a ZIP "bomb" of the same size would unpack to gigabytes and freeze the tab.
 */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/**
 * What the ZIP archive says its files unpack to, from its central directory, without unpacking
 * anything; null when the directory cannot be found (the reader then reports a damaged file).
 * Sizes too large for 32 bits (ZIP64) count as infinite.
 */
export function unpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record is the last 22 bytes, plus a comment of up to 65,535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    total += size === 0xffffffff ? Infinity : size;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return total;
}

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
  const unpacked = unpackedSize(bytes);
  if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES) {
    return {
      organization: null,
      problems: [
        {
          where: 'file',
          message: `The workbook would unpack to more than ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB; the limit is ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB. Save the sheet of units on its own, or as CSV.`,
        },
      ],
    };
  }
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
