/**
 * The formats a user's organisation can be opened from: one table drives the file picker's
 * accepted types, the words the page uses for them, how a file's format is chosen, and which
 * reader reads it.
 *
 * Adding a format is one file (its reader: text in, organisation or problems out, usually through
 * `buildFlatTree` and the shared limits) plus one row here. Rows hold no reader code, only a way to
 * load it, so this table can sit in the first download while readers and zod load on first use;
 * choosing a row for a file (`chooseInputFormat`) happens in the lazily loaded file reader.
 */
import type { Organization } from '../model/organization.ts';
import type { FileProblem } from './problems.ts';

/** What a reader makes of a file. */
export interface ReadResult {
  /**
   * The organisation, or null when the file cannot be used. A reader may return an organisation
   * with problems still listed: they are shown as warnings.
   */
  organization: Organization | null;
  problems: FileProblem[];
}

/** What a reader may know of the file besides its content. */
export interface FileInfo {
  /** The file's name, e.g. to name an organisation whose file names none. */
  fileName: string;
}

/** Reads one format from the file's text (UTF-8 decoded, byte-order mark removed). */
export type Reader = (text: string, file?: FileInfo) => ReadResult;

/** Reads a format whose files are not text (a zipped workbook) from the file's bytes. */
export type BytesReader = (bytes: Uint8Array, file: FileInfo) => Promise<ReadResult>;

interface FormatBase {
  id: string;
  /** How the page names files of this format: "a JSON or text file". */
  label: string;
  /** File name endings (lower case, without the dot) that choose this format outright. */
  extensions: readonly string[];
  /** Media types the file picker offers alongside the extensions. */
  mediaTypes: readonly string[];
}

/** A row for a text format: its files are decoded as UTF-8 before its reader sees them. */
export interface TextInputFormat extends FormatBase {
  kind?: 'text';
  /**
   * Whether a file whose name chooses no format looks like this one. Rows are asked in order, so
   * a catch-all row goes last.
   */
  detect(text: string): boolean;
  /** Loads the reader, so its code stays out of the first download until a file is opened. */
  load(): Promise<Reader>;
}

/** A row for a binary format, recognised by its name or by the bytes it starts with. */
export interface BinaryInputFormat extends FormatBase {
  kind: 'bytes';
  /** The bytes every file of the format starts with (for `.xlsx`, a ZIP archive's "PK\x03\x04"). */
  signature: readonly number[];
  load(): Promise<BytesReader>;
}

/** One row of the input-format table. */
export type InputFormat = TextInputFormat | BinaryInputFormat;

/**
 * Header keys (lower case, without spaces, `_` or `-`) of a units' name column, and of the other
 * columns the spreadsheet reader knows. The reader's own list is in `spreadsheet/columns.ts`; a
 * test keeps the two in step. Written out here so the first download does without that module.
 */
const NAME_HEADER = /^(?:(?:unit|office|department)(?:name)?|name)$/;
const OTHER_HEADER =
  /^(?:(?:unit|office|department)?id|parent(?:unit|office)?(?:id)?|reportsto|duty(?:text|number|no)?|duties|responsibilit(?:y|ies)|number|no)$/;

/**
 * Whether the text's first line is a spreadsheet header row split by `delimiter`: one that heads
 * a column of units' names and one more column Orgscope reads ("id,parent id,name,…"), so a
 * sentence with a comma in it is not taken for one.
 */
const spreadsheetHeader = (text: string, delimiter: RegExp) => {
  const first = /^[\s\uFEFF]*([^\r\n]*)/.exec(text)?.[1] ?? '';
  const keys = first.split(delimiter).map((cell) =>
    cell
      .replace(/^\s*"|"\s*$/g, '')
      .toLowerCase()
      .replace(/[\s_-]+/g, ''),
  );
  return keys.some((key) => NAME_HEADER.test(key)) && keys.some((key) => OTHER_HEADER.test(key));
};

const loadCsv = () => import('./spreadsheet/read-csv.ts').then((m) => m.readCsvFile);

/** The formats, in the order the page names them and tries them on a file whose name chooses none. */
export const INPUT_FORMATS = [
  {
    id: 'json',
    label: 'JSON',
    extensions: ['json'],
    mediaTypes: ['application/json'],
    detect: (text) => /^[\s\uFEFF]*[{[]/.test(text),
    load: () => import('./json/read-json.ts').then((m) => m.readJsonFile),
  },
  {
    id: 'csv',
    label: 'CSV',
    extensions: ['csv'],
    mediaTypes: ['text/csv'],
    detect: (text) => spreadsheetHeader(text, /[,;]/),
    load: loadCsv,
  },
  {
    id: 'tsv',
    label: 'TSV',
    extensions: ['tsv', 'tab'],
    mediaTypes: ['text/tab-separated-values'],
    detect: (text) => spreadsheetHeader(text, /\t/),
    load: loadCsv,
  },
  {
    id: 'xlsx',
    kind: 'bytes',
    label: 'Excel (.xlsx)',
    extensions: ['xlsx'],
    mediaTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    signature: [0x50, 0x4b, 0x03, 0x04],
    load: () => import('./spreadsheet/read-xlsx.ts').then((m) => m.readXlsxFile),
  },
  {
    id: 'text',
    label: 'text',
    extensions: ['txt'],
    mediaTypes: ['text/plain'],
    // Anything else is read as text laid out like the source page, which says what it misses.
    detect: () => true,
    load: () => import('./text-reader.ts').then((m) => m.readTextFile),
  },
] as const satisfies readonly InputFormat[];

export type InputFormatId = (typeof INPUT_FORMATS)[number]['id'];

/** Largest file accepted, in any format: far above any real organisation, small enough for a phone to hold while it reads (100,000 units with five duties each take about 45 MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** The file picker's `accept`: every format's extensions, then their media types. */
export function acceptAttribute(formats: readonly FormatBase[] = INPUT_FORMATS): string {
  return [
    ...formats.flatMap((format) => format.extensions.map((extension) => `.${extension}`)),
    ...formats.flatMap((format) => format.mediaTypes),
  ].join(',');
}

/** The formats as the page names them: "JSON or text", "JSON, CSV or text". */
export function formatLabels(formats: readonly FormatBase[] = INPUT_FORMATS): string {
  const labels = formats.map((format) => format.label);
  return labels.length > 1
    ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)!}`
    : (labels[0] ?? '');
}
