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

/** What a reader makes of a file's text. */
export interface ReadResult {
  /**
   * The organisation, or null when the file cannot be used. A reader may return an organisation
   * with problems still listed: they are shown as warnings.
   */
  organization: Organization | null;
  problems: FileProblem[];
}

/** Reads one format from the file's text (UTF-8 decoded, byte-order mark removed). */
export type Reader = (text: string) => ReadResult;

/** One row of the input-format table. */
export interface InputFormat {
  id: string;
  /** How the page names files of this format: "a JSON or text file". */
  label: string;
  /** File name endings (lower case, without the dot) that choose this format outright. */
  extensions: readonly string[];
  /** Media types the file picker offers alongside the extensions. */
  mediaTypes: readonly string[];
  /**
   * Whether a file whose name chooses no format looks like this one. Rows are asked in order, so
   * a catch-all row goes last.
   */
  detect(text: string): boolean;
  /** Loads the reader, so its code stays out of the first download until a file is opened. */
  load(): Promise<Reader>;
}

/** The formats, in the order they are tried on a file whose name chooses none. */
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
export function acceptAttribute(formats: readonly InputFormat[] = INPUT_FORMATS): string {
  return [
    ...formats.flatMap((format) => format.extensions.map((extension) => `.${extension}`)),
    ...formats.flatMap((format) => format.mediaTypes),
  ].join(',');
}

/** The formats as the page names them: "JSON or text", "JSON, CSV or text". */
export function formatLabels(formats: readonly InputFormat[] = INPUT_FORMATS): string {
  const labels = formats.map((format) => format.label);
  return labels.length > 1
    ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)!}`
    : (labels[0] ?? '');
}
