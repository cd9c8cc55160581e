/**
 * The CSV and TSV reader: Papa Parse splits the text into cells (quoted fields may hold the
 * delimiter, doubled quotes and line breaks; CRLF or LF), then the shared spreadsheet reader
 * builds the organisation. The delimiter is the one the header row uses most: a comma, a
 * semicolon (as spreadsheets write CSV where the comma is the decimal sign) or a tab.
 */
import Papa from 'papaparse';
import type { ReadResult } from '../input-formats.ts';
import { readTable, type TableProblem } from './read-table.ts';

const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The first line that is not blank, up to the end of a quoted cell's line breaks. */
function headerLine(text: string): string {
  const start = text.search(/\S/);
  if (start === -1) return '';
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) return text.slice(start, i);
  }
  return text.slice(start);
}

/**
 * The delimiter of the header row: the one of comma, semicolon and tab it holds most often outside
 * quotes (a comma when there is none, as for a one-column file).
 */
export function sniffDelimiter(text: string): Delimiter {
  const line = headerLine(text.replace(/^\uFEFF/, ''));
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as Delimiter)) {
      counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
    }
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Splits CSV or TSV text into rows of cells, with the problems of its quoting. */
export function splitCsv(text: string): { rows: string[][]; problems: TableProblem[] } {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, {
    delimiter: sniffDelimiter(body),
    header: false,
    // Blank lines stay, so row numbers are those a spreadsheet shows; the reader skips them.
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const problems: TableProblem[] = parsed.errors
    .filter((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes')
    .slice(0, 5)
    .map((error) => ({
      ...(error.row === undefined ? {} : { row: error.row + 1 }),
      message:
        error.code === 'MissingQuotes'
          ? 'A quoted cell is never closed: a " opens it but no " ends it, so the rest of the file would be one cell. Close the quote, or double a quote inside the cell ("").'
          : 'A quote stands inside a cell that is not quoted: quote the whole cell and double the quote inside ("").',
    }));
  return { rows: parsed.data, problems };
}

/** The CSV and TSV rows of the input-format table. */
export function readCsvFile(
  text: string,
  file: { fileName: string } = { fileName: '' },
): ReadResult {
  const { rows, problems } = splitCsv(text);
  return readTable({ rows, fileName: file.fileName, parseProblems: problems });
}
